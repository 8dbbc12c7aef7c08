/**
 * A group of radio buttons with its legend: one choice among a few, each labelled, in the design system's
 * fieldset and radio markup. Each radio's id is `<idPrefix>-<value>`, which the error summary links to.
 */
export function RadioFieldset<T extends string>({
  idPrefix,
  legend,
  options,
  value,
  onChange,
}: {
  idPrefix: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="fr-fieldset room-radios" aria-labelledby={`${idPrefix}-legend`}>
      <legend id={`${idPrefix}-legend`} className="fr-fieldset__legend fr-text--regular">
        {legend}
      </legend>
      {options.map((option) => (
        <div key={option.value} className="fr-fieldset__element">
          <div className="fr-radio-group">
            <input
              type="radio"
              id={`${idPrefix}-${option.value}`}
              name={idPrefix}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label className="fr-label" htmlFor={`${idPrefix}-${option.value}`}>
              {option.label}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
