import { describe, expect, it } from 'vitest';
import { Component, createElement, createRef, type Ref } from 'preact';
import { jsx } from 'preact/jsx-runtime';
import './refAsProp';

function Field(props: { ref?: unknown }) {
  return createElement('input', { ref: props.ref as never });
}

// Preact's types list no `ref` among a class's props: this one declares it.
class Panel extends Component<{ ref?: Ref<Panel> }> {
  override render() {
    return null;
  }
}

describe('refAsProp (React 19’s `ref` as a prop, in the browser build)', () => {
  it('hands a function component its ref among its props, from createElement and from JSX', () => {
    const ref = createRef();
    const created = createElement(Field, { ref });
    expect(created.props.ref).toBe(ref);
    expect(created.ref).toBeNull();
    const fromJsx = jsx(Field, { ref });
    expect(fromJsx.props.ref).toBe(ref);
  });

  it('leaves a class component’s and an element’s ref on the element', () => {
    const panelRef = createRef<Panel>();
    const panel = createElement(Panel, { ref: panelRef });
    expect(panel.ref).toBe(panelRef);
    expect((panel.props as { ref?: unknown }).ref).toBeUndefined();
    const ref = createRef<HTMLInputElement>();
    const input = createElement('input', { ref });
    expect(input.ref).toBe(ref);
    expect((input.props as { ref?: unknown }).ref).toBeUndefined();
  });
});
