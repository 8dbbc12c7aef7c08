// Stepper: the DSFR Stepper (react-dsfr), re-exported for features: where a sequence stands, as "Étape
// 3 sur 6" with the current step's title and the next one's. The ceremony's progress (commit, draw,
// reveal, publish) uses it; the step list with links and states stays the feature's own list.

export { Stepper, type StepperProps } from '@codegouvfr/react-dsfr/Stepper';
