import { Flex, InputNumber, Radio } from 'antd';
import { MAX_NODES_PER_CLUSTER } from '@cs/domain';

const QUICK = [1, 5, 10, 20];

interface QuantityPickerProps {
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
}

/** Instance Quantity: 1, 5, 10 or 20 at a click, or any number from 1 to 20. */
export function QuantityPicker({ id, value, onChange }: QuantityPickerProps) {
  return (
    <Flex gap={12} align="center" wrap>
      <Radio.Group
        aria-label="Quick quantity"
        optionType="button"
        buttonStyle="solid"
        value={QUICK.includes(value ?? 0) ? value : undefined}
        onChange={(e) => onChange?.(e.target.value as number)}
        options={QUICK.map((n) => ({ value: n, label: `${n} set(s)` }))}
      />
      <InputNumber
        id={id}
        min={1}
        max={MAX_NODES_PER_CLUSTER}
        precision={0}
        value={value}
        onChange={(n) => onChange?.(typeof n === 'number' ? n : 0)}
        suffix="set(s)"
        style={{ width: 120 }}
      />
    </Flex>
  );
}
