// The service's name and tagline: the operator's (a neutral deployment) or the interface's own, translated.

import { useI18n } from '../i18n/useI18n';
import { serviceIdentity } from './serviceIdentity';

export function useServiceName(): { name: string; tagline: string } {
  const { t } = useI18n();
  return {
    name: serviceIdentity.serviceName ?? t('app.name'),
    tagline: serviceIdentity.serviceTagline ?? t('app.tagline'),
  };
}
