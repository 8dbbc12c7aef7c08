// React 19's `use(promise)` for the browser build, which Preact's compatibility layer (10.x) lacks:
// a component reads a promise's value, and suspends (to the nearest <Suspense>) until it settles.

/** A promise as React's `use` tracks it: its outcome is written on it once known. */
type TrackedThenable<T> = PromiseLike<T> & {
  status?: 'pending' | 'fulfilled' | 'rejected';
  value?: T;
  reason?: unknown;
};

/**
 * The value of `usable` once it has settled. Until then it throws the promise itself, which Preact's
 * <Suspense> catches and waits for before rendering again. The outcome is kept on the promise with
 * React's own fields (`status`, `value`, `reason`), so a promise that says it is fulfilled is read at
 * once, here as in React. Contexts are not accepted (read them with `useContext`).
 *
 * @throws the promise while it is pending, its reason once it is rejected, a TypeError for a non-promise.
 */
export function use<T>(usable: PromiseLike<T>): T {
  const thenable = usable as TrackedThenable<T>;
  if (typeof thenable?.then !== 'function')
    throw new TypeError('use() takes a promise in this build; read a context with useContext()');
  switch (thenable.status) {
    case 'fulfilled':
      return thenable.value as T;
    case 'rejected':
      throw thenable.reason;
    case 'pending':
      throw thenable;
    default:
      thenable.status = 'pending';
      thenable.then(
        (value) => {
          if (thenable.status !== 'pending') return;
          thenable.status = 'fulfilled';
          thenable.value = value;
        },
        (reason: unknown) => {
          if (thenable.status !== 'pending') return;
          thenable.status = 'rejected';
          thenable.reason = reason;
        },
      );
      throw thenable;
  }
}
