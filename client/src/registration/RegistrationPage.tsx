import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PublicRegistrationForm } from '../../../shared/api/groups/registration.contract';
import { api } from '../api/api';
import { ApiError } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { useAnnounce } from '../ui/Announcer';
import { Button } from '../ui/Button';
import { Checkbox } from '../ui/Checkbox';
import { ChoiceFieldset } from '../ui/ChoiceFieldset';
import { ErrorSummary, type SummaryError } from '../ui/ErrorSummary';
import type { FormMessage } from '../ui/formMessage';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './registration.css';

type Step = 'code' | 'eligibility' | 'details' | 'done';
const STEP_NUMBER = { code: 1, eligibility: 2, details: 3 } as const;
const STEP_NAME = {
  code: 'registration.step.code',
  eligibility: 'registration.step.eligibility',
  details: 'registration.step.details',
} as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * /inscription: a stage-one invitee registers with the code of their letter (`?code=` from its QR code):
 * the code, the eligibility sentence confirmed, contact details, the form's attributes and consent, then a
 * confirmation. The code is spent only by the last step, in the transaction that stores the registration.
 */
export function RegistrationPage() {
  const { t, language } = useI18n();
  const announce = useAnnounce();
  useDocumentTitle(t('pages.title.registration'));
  const [step, setStep] = useState<Step>('code');
  const [code, setCode] = useState(
    () => new URLSearchParams(window.location.search).get('code') ?? '',
  );
  const [form, setForm] = useState<PublicRegistrationForm>();
  const [eligible, setEligible] = useState(false);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // A new step takes the focus to its heading, so that a keyboard or screen-reader user starts there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const errorOf = (fieldId: string): FormMessage | undefined =>
    errors.find((error) => error.fieldId === fieldId);
  const refuse = (list: SummaryError[]) => {
    setErrors(list);
    announce(list.map((error) => t(error.key, error.values)).join(' '), 'assertive');
  };
  const serverRefusal = (error: unknown, fieldId: string) => {
    const key = error instanceof ApiError ? error.key : 'serverError.INTERNAL';
    refuse([{ key, fieldId }]);
  };
  const go = (next: Step) => {
    setErrors([]);
    setStep(next);
  };

  async function submitCode(event: FormEvent) {
    event.preventDefault();
    if (code.trim() === '') return refuse([{ key: 'registration.codeRequired', fieldId: 'code' }]);
    setBusy(true);
    try {
      setForm(await api('publicRegistration.open', { body: { code } }));
      go('eligibility');
    } catch (error) {
      serverRefusal(error, 'code');
    } finally {
      setBusy(false);
    }
  }

  function submitEligibility(event: FormEvent) {
    event.preventDefault();
    if (!eligible)
      return refuse([{ key: 'registration.eligibilityRequired', fieldId: 'eligible' }]);
    go('details');
  }

  async function submitDetails(event: FormEvent) {
    event.preventDefault();
    if (form === undefined) return;
    const problems: SummaryError[] = [];
    if (name.trim() === '') problems.push({ key: 'registration.nameRequired', fieldId: 'name' });
    if (!EMAIL.test(email.trim()))
      problems.push({ key: 'registration.emailInvalid', fieldId: 'email' });
    form.attributes.forEach((attribute, i) => {
      if (answers[attribute.category] === undefined)
        problems.push({
          key: 'registration.attributeRequired',
          values: { category: attribute.category },
          fieldId: `attribute-${i}`,
        });
    });
    if (!consent) problems.push({ key: 'registration.consentRequired', fieldId: 'consent' });
    if (problems.length > 0) return refuse(problems);
    setBusy(true);
    announce(t('registration.sending'));
    try {
      await api('publicRegistration.register', {
        body: {
          code,
          eligible,
          consent,
          name: name.trim(),
          email: email.trim(),
          ...(phone.trim() === '' ? {} : { phone: phone.trim() }),
          attributes: answers,
          language,
        },
      });
      go('done');
    } catch (error) {
      serverRefusal(error, 'name');
    } finally {
      setBusy(false);
    }
  }

  if (step === 'done')
    return (
      <article className="registration-page">
        <h1 ref={heading} tabIndex={-1}>
          {t('registration.doneHeading')}
        </h1>
        <p role="status">{t('registration.doneText', { title: form?.title ?? '' })}</p>
      </article>
    );

  return (
    <article className="registration-page">
      <h1>{t('registration.heading')}</h1>
      <p>{t('registration.intro')}</p>
      <h2 ref={heading} tabIndex={-1}>
        {t('registration.stepOf', { step: STEP_NUMBER[step], name: t(STEP_NAME[step]) })}
      </h2>
      {form !== undefined && <p>{t('registration.process', { title: form.title })}</p>}
      {errors.length > 0 && <ErrorSummary errors={errors} titleAs="p" />}
      {step === 'code' && (
        <form noValidate onSubmit={(event) => void submitCode(event)}>
          <TextField
            id="code"
            className="registration-code"
            label={t('registration.code')}
            hint={t('registration.codeHint')}
            requirement="required"
            error={errorOf('code')}
            value={code}
            autoComplete="off"
            autoCapitalize="characters"
            onChange={(event) => setCode(event.currentTarget.value)}
          />
          <Button type="submit" disabled={busy}>
            {busy ? t('registration.checking') : t('registration.continue')}
          </Button>
        </form>
      )}
      {step === 'eligibility' && form !== undefined && (
        <form noValidate onSubmit={submitEligibility}>
          <fieldset className="fr-fieldset">
            <legend className="fr-fieldset__legend">{t('registration.eligibilityLegend')}</legend>
            <Checkbox
              id="eligible"
              label={t('registration.eligibilityConfirm', { sentence: form.eligibility })}
              error={errorOf('eligible')}
              checked={eligible}
              onChange={(event) => setEligible(event.currentTarget.checked)}
            />
          </fieldset>
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            <li>
              <Button type="submit">{t('registration.continue')}</Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={() => go('code')}>
                {t('registration.back')}
              </Button>
            </li>
          </ul>
        </form>
      )}
      {step === 'details' && form !== undefined && (
        <form noValidate onSubmit={(event) => void submitDetails(event)}>
          <TextField
            id="name"
            label={t('registration.name')}
            requirement="required"
            error={errorOf('name')}
            value={name}
            autoComplete="name"
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <TextField
            id="email"
            type="email"
            label={t('registration.email')}
            hint={t('registration.emailHint')}
            requirement="required"
            error={errorOf('email')}
            value={email}
            autoComplete="email"
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <TextField
            id="phone"
            type="tel"
            label={t('registration.phone')}
            hint={t('registration.phoneHint')}
            requirement="optional"
            value={phone}
            autoComplete="tel"
            onChange={(event) => setPhone(event.currentTarget.value)}
          />
          {form.attributes.map((attribute, i) => (
            <ChoiceFieldset
              key={attribute.category}
              id={`attribute-${i}`}
              legend={attribute.category}
              requirement="required"
              error={errorOf(`attribute-${i}`)}
              choices={attribute.values.map((value) => ({ value, label: value }))}
              value={answers[attribute.category]}
              onChange={(value) => setAnswers({ ...answers, [attribute.category]: value })}
            />
          ))}
          <h3>{t('registration.consentHeading')}</h3>
          <p>{t('registration.consentText')}</p>
          <Checkbox
            id="consent"
            label={t('registration.consent')}
            error={errorOf('consent')}
            checked={consent}
            onChange={(event) => setConsent(event.currentTarget.checked)}
          />
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            <li>
              <Button type="submit" disabled={busy}>
                {busy ? t('registration.sending') : t('registration.submit')}
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={() => go('eligibility')}>
                {t('registration.back')}
              </Button>
            </li>
          </ul>
        </form>
      )}
    </article>
  );
}
