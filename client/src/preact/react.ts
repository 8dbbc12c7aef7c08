// The `react` module of the browser build (vite.config.ts aliases `react` here outside the tests):
// Preact's compatibility layer, plus the React 19 behaviours this client relies on that it lacks.
// The unit tests and the type checker keep React itself (docs/design-system.md, "What was cut").

import './effectTiming';
import './refAsProp';

// preact/compat's own exports (its types' `export =` rules out `export *` from it).
export * from 'preact/hooks';
export {
  default,
  version,
  Children,
  render,
  hydrate,
  unmountComponentAtNode,
  createPortal,
  createElement,
  createContext,
  createFactory,
  cloneElement,
  createRef,
  Fragment,
  isValidElement,
  isFragment,
  isMemo,
  findDOMNode,
  Component,
  PureComponent,
  memo,
  forwardRef,
  flushSync,
  useInsertionEffect,
  startTransition,
  useDeferredValue,
  useSyncExternalStore,
  useTransition,
  unstable_batchedUpdates,
  StrictMode,
  Suspense,
  SuspenseList,
  lazy,
} from 'preact/compat';
export { use } from './use';
