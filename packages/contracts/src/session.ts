import { z } from 'zod';

export const SignInRequestSchema = z.object({
  username: z.string().trim().min(1, 'Enter the user name.').max(64),
  password: z.string().min(1, 'Enter the password.').max(128),
});
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

export const SessionSchema = z.object({
  username: z.string(),
  role: z.enum(['primary', 'subaccount']),
  expiresAt: z.string(),
});
export type Session = z.infer<typeof SessionSchema>;

export const HealthSchema = z.object({ status: z.literal('ok'), version: z.string() });
export type Health = z.infer<typeof HealthSchema>;
