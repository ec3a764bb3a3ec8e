export const SECOND_SANDBOX_SPECS: string[];
export const BOTH_SANDBOX_SPECS: string[];
export interface E2eSandbox {
  name: string;
  port: number;
}
export function e2eSandboxes(env?: NodeJS.ProcessEnv): { first: E2eSandbox; second: E2eSandbox };
export function wallServerUrls(sandboxes?: { first: E2eSandbox; second: E2eSandbox }): { first: string; second: string; down: string };
export function onBothSandboxes(file: string): boolean;
export function onSecondSandbox(file: string): boolean;
