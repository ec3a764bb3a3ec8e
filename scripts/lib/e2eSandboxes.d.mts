export const SECOND_SANDBOX_SPECS: string[];
export interface E2eSandbox {
  name: string;
  port: number;
}
export function e2eSandboxes(env?: NodeJS.ProcessEnv): { first: E2eSandbox; second: E2eSandbox };
export function onSecondSandbox(file: string): boolean;
