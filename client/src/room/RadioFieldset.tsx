/** A group of radio buttons with its legend: one choice among a few, each labelled. */
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
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <div key={option.value} className="radio-option">
          <input
            type="radio"
            id={`${idPrefix}-${option.value}`}
            name={idPrefix}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={`${idPrefix}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
