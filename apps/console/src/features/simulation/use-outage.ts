import { App } from 'antd';
import { useOutageMutation } from '../../data/simulation/outage-mutation.ts';
import type { OutageVars } from '../../data/simulation/outage-mutation.ts';
import { failureMessage } from '../../forms/api-failure.ts';

/** Runs a node or zone outage (or recovery), saying what happened or why it could not. */
export function useOutage() {
  const { message } = App.useApp();
  const outage = useOutageMutation();
  const run = (vars: OutageVars, what: string) =>
    outage.mutate(vars, {
      onSuccess: () => void message.success(`${what} ${vars.down ? 'is down' : 'is back up'}.`),
      onError: (error) => void message.error(failureMessage(error)),
    });
  /** The target of the request that runs, to show which button spins. */
  const running = outage.isPending ? outage.variables : undefined;
  return { run, running };
}
