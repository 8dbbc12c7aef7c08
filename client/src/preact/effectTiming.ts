// When effects run. React runs a render's effects right after it commits (at once when a click, a key
// or an input caused it, otherwise in the next task); Preact 10 waits for the next frame
// (requestAnimationFrame, or 35 ms without one). Code and tests read an effect's work as soon as the
// render shows: a page's document.title, a draft saved as the visitor types. So the effects run in a
// microtask after the commit, before the browser handles anything else, as React does for an input.

import { options } from 'preact';

options.requestAnimationFrame = (flushEffects: () => void) => queueMicrotask(flushEffects);
