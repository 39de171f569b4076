import { Flex, Select } from 'antd';
import { REGION_OPTIONS } from './load-balancers.utils.ts';

/** The region the Server Load Balancer console shows ("select the region of the instance"). */
export function RegionSelect({ value, onChange }: { value: string; onChange: (region: string) => void }) {
  return (
    <Flex gap={8} align="center">
      <label htmlFor="slb-region">Region:</label>
      <Select
        id="slb-region"
        aria-label="Region"
        value={value}
        options={REGION_OPTIONS}
        onChange={onChange}
        style={{ width: 260 }}
      />
    </Flex>
  );
}
