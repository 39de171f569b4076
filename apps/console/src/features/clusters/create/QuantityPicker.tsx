import { Flex, InputNumber, Radio } from 'antd';

const QUICK = [1, 5, 10, 20];

interface QuantityPickerProps {
  /** The most nodes a cluster can contain (QUOTA_NODES_PER_CLUSTER). */
  max: number;
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
}

/** Instance Quantity: 1, 5, 10 or 20 at a click (those within `max`), or any number from 1 to `max`. */
export function QuantityPicker({ max, id, value, onChange }: QuantityPickerProps) {
  const quick = QUICK.filter((n) => n <= max);
  return (
    <Flex gap={12} align="center" wrap>
      <Radio.Group
        aria-label="Quick quantity"
        optionType="button"
        buttonStyle="solid"
        value={quick.includes(value ?? 0) ? value : undefined}
        onChange={(e) => onChange?.(e.target.value as number)}
        options={quick.map((n) => ({ value: n, label: `${n} set(s)` }))}
      />
      <InputNumber
        id={id}
        min={1}
        max={max}
        precision={0}
        value={value}
        onChange={(n) => onChange?.(typeof n === 'number' ? n : 0)}
        suffix="set(s)"
        style={{ width: 120 }}
      />
    </Flex>
  );
}
