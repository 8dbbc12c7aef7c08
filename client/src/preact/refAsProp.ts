// React 19 hands a function component its `ref` as an ordinary prop (no forwardRef needed); Preact 10
// keeps it aside on the element and gives the component nothing. This options hook moves it back into
// the props of every function component, as React 19 does; a class component keeps it (its instance).

import { options, type VNode } from 'preact';

const previousHook = options.vnode;

options.vnode = (vnode: VNode) => {
  const { type } = vnode;
  // Preact's own test for a class: a `render` method on the prototype (its Component has one).
  const isFunctionComponent =
    typeof type === 'function' && !(type.prototype as { render?: unknown } | undefined)?.render;
  if (isFunctionComponent && vnode.ref != null) {
    (vnode.props as { ref?: unknown }).ref = vnode.ref;
    vnode.ref = null;
  }
  previousHook?.(vnode);
};
