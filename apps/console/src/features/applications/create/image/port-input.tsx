import { Input, InputNumber, Select } from 'antd';

/** A port number box: 1-65535, whole numbers. */
export const portInput = (placeholder: string) => (ariaLabel: string) => (
  <InputNumber
    aria-label={ariaLabel}
    min={1}
    max={65535}
    precision={0}
    placeholder={placeholder}
    style={{ width: '100%' }}
  />
);

/** A text box. */
export const textInput = (placeholder: string) => (ariaLabel: string) => (
  <Input aria-label={ariaLabel} placeholder={placeholder} autoComplete="off" />
);

/** A choice of a few values. */
export const choiceInput = (options: readonly { value: string; label: string }[]) => (ariaLabel: string) => (
  <Select aria-label={ariaLabel} options={[...options]} />
);
