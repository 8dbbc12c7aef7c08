// Turns a service's commands, each a named top-level function taking the service's context first, into the
// service's methods: stack traces and code-walking tools see one function per command, callers one object.

/** A command's signature without its leading context parameter. */
export type WithoutContext<C, F> = F extends (context: C, ...args: infer A) => infer R
  ? (...args: A) => R
  : never;

/** The methods of `commands` with `context` bound as each one's first argument. */
export function bindContext<C, T extends Record<string, (context: C, ...args: never[]) => unknown>>(
  context: C,
  commands: T,
): { [K in keyof T]: WithoutContext<C, T[K]> } {
  const methods: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, command] of Object.entries(commands)) {
    const run = command as (context: C, ...args: unknown[]) => unknown;
    methods[name] = (...args) => run(context, ...args);
  }
  return methods as { [K in keyof T]: WithoutContext<C, T[K]> };
}
