import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { classNames } from './classNames';
import { FieldFrame, type ControlWiring, type Requirement } from './FieldFrame';
import type { FormMessage } from './formMessage';

/** The options a text input and a text area share, beside their native props. */
export interface TextFrameOptions {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FormMessage | undefined;
  /** "(obligatoire)"/"(facultatif)" after the label; `required` also sets the control's `required`. */
  requirement?: Requirement | undefined;
  /** Shows a live character counter of the trimmed value against [min, max] (as the schema counts). */
  characterLimits?: readonly [number, number] | undefined;
}

/** What a text control receives: the frame's wiring, the DSFR input classes and `required`. */
export type TextControlProps = ControlWiring & { className: string; required: boolean | undefined };

/**
 * What TextField and TextAreaField share: the field frame, the counter of the control's value, and the
 * control's DSFR classes (`fr-input`, its error state) and `required` from the requirement.
 */
export function TextFrame({
  characterLimits,
  value,
  className,
  control,
  ...frame
}: TextFrameOptions & {
  value: unknown;
  className?: string | undefined;
  control: (props: TextControlProps) => ReactNode;
}) {
  const { error, requirement } = frame;
  return (
    <FieldFrame
      {...frame}
      counter={
        characterLimits === undefined
          ? undefined
          : { count: String(value ?? '').trim().length, limits: characterLimits }
      }
      control={(wiring) =>
        control({
          ...wiring,
          className: classNames(
            fr.cx('fr-input', error !== undefined && 'fr-input--error'),
            className,
          ),
          required: requirement === undefined ? undefined : requirement === 'required',
        })
      }
    />
  );
}
