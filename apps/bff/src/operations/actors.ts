import type { Response } from 'express';
import type { OperationActor } from './operation-context.ts';

/** The signed-in user of a console request, once the session is known (sign-in sets it on success). */
export const consoleActor = (res: Response): OperationActor | undefined => {
  const session = res.locals.session;
  return session ? { userId: session.userId, userName: session.username } : undefined;
};

/** A cluster's Docker endpoint has no console user: its caller holds the cluster's certificate. */
export const DOCKER_CLIENT = (): OperationActor => ({ userName: 'docker client' });
