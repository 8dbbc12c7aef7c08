// The DSFR's scripts (core, scheme, components): they set up `window.dsfr` and export nothing.
declare module '@codegouvfr/react-dsfr/dsfr/*.module.js';
