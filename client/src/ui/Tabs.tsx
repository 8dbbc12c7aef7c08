// Tabs: the DSFR Tabs (react-dsfr), re-exported for features. Uncontrolled with `tabs` ([{ label,
// content }]) or controlled with `selectedTabId`, `tabs` ([{ tabId, label }]), `onTabChange` and the
// selected panel as children. Keyboard (arrows, Home, End) is the design system's. Use tabs for views of
// the same thing; a page's sections stay headings, so that they can be read one after the other.

export { Tabs, type TabsProps } from '@codegouvfr/react-dsfr/Tabs';
