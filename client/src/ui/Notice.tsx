// Notices: the DSFR Notice (react-dsfr), re-exported for features: a banner of information that
// concerns the whole page (a demo, a maintenance, a warning about the process's state), placed at the
// top of the main content. `isClosable` with `onClose` lets the reader dismiss it. For a message about
// an action that just happened, use an Alert or StatusMessage instead.

export { Notice, type NoticeProps } from '@codegouvfr/react-dsfr/Notice';
