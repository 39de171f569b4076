import { Button, Form, InputNumber, Select, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  ALARM_COMPARISONS,
  ALARM_METHODS,
  ALARM_PERIODS,
  AlarmRuleCreateRequestSchema,
  METRIC_ITEMS,
  MAX_ALARM_CONDITIONS,
  MAX_CONSECUTIVE_PERIODS,
} from '@cs/contracts';
import type { MetricItem } from '@cs/contracts';
import { contractPathRule } from '../../forms/contract-rule.ts';
import { NEW_CONDITION, formUnit, toCreateRequest } from './alarm-form.utils.ts';

const ITEM_OPTIONS = (Object.keys(METRIC_ITEMS) as MetricItem[]).map((item) => ({
  value: item,
  label: METRIC_ITEMS[item].label,
}));
const PERIOD_OPTIONS = ALARM_PERIODS.map((p) => ({ value: p, label: p === 1 ? '1 minute' : `${p} minutes` }));
const METHOD_OPTIONS = ALARM_METHODS.map((m) => ({ value: m, label: m }));
const COMPARISON_OPTIONS = ALARM_COMPARISONS.map((c) => ({ value: c, label: c }));
const PERIODS_OPTIONS = Array.from({ length: MAX_CONSECUTIVE_PERIODS }, (_, i) => ({
  value: i + 1,
  label: i === 0 ? 'for 1 period' : `for ${i + 1} consecutive periods`,
}));

const HEAD = ['Monitored items', 'Statistics interval', 'Statistics methods', 'Actions'];
const rule = (path: string) => contractPathRule(AlarmRuleCreateRequestSchema, path, (v) => toCreateRequest(v, '-'));

/** The rows of "Set alarm rules": Monitored items, Statistics interval, Statistics methods, Actions. */
export function ConditionRows() {
  return (
    <Form.List name="conditions">
      {(fields, { add, remove }) => (
        <div role="table" aria-label="Alarm rules">
          <div
            role="row"
            style={{ display: 'grid', gridTemplateColumns: GRID, gap: 8, fontWeight: 600, marginBottom: 8 }}
          >
            {HEAD.map((h) => (
              <span role="columnheader" key={h}>
                {h}
              </span>
            ))}
          </div>
          {fields.map((field) => (
            <div role="row" key={field.key} style={{ display: 'grid', gridTemplateColumns: GRID, gap: 8 }}>
              <Form.Item name={[field.name, 'item']} rules={[rule(`conditions.${field.name}.item`)]}>
                <Select aria-label="Monitored items" placeholder="Please select" options={ITEM_OPTIONS} />
              </Form.Item>
              <Form.Item name={[field.name, 'periodMinutes']}>
                <Select aria-label="Statistics interval" options={PERIOD_OPTIONS} />
              </Form.Item>
              <Form.Item name={[field.name, 'method']}>
                <Select aria-label="Statistics methods" options={METHOD_OPTIONS} />
              </Form.Item>
              <Space align="start" wrap>
                <Form.Item name={[field.name, 'comparison']}>
                  <Select aria-label="Comparison" options={COMPARISON_OPTIONS} style={{ width: 70 }} />
                </Form.Item>
                <Form.Item
                  noStyle
                  shouldUpdate={(a, b) => a.conditions?.[field.name]?.item !== b.conditions?.[field.name]?.item}
                >
                  {({ getFieldValue }) => (
                    <Form.Item
                      name={[field.name, 'threshold']}
                      dependencies={[['conditions', field.name, 'item']]}
                      rules={[rule(`conditions.${field.name}.threshold`)]}
                    >
                      <InputNumber
                        aria-label="Threshold"
                        placeholder="Threshold"
                        min={0}
                        suffix={formUnit(getFieldValue(['conditions', field.name, 'item']) as MetricItem).label}
                        style={{ width: 130 }}
                      />
                    </Form.Item>
                  )}
                </Form.Item>
                <Form.Item name={[field.name, 'consecutivePeriods']}>
                  <Select aria-label="Consecutive periods" options={PERIODS_OPTIONS} style={{ width: 220 }} />
                </Form.Item>
                <Button type="link" disabled={fields.length === 1} onClick={() => remove(field.name)}>
                  Delete
                </Button>
              </Space>
            </div>
          ))}
          <Button
            type="link"
            icon={<PlusOutlined aria-hidden />}
            disabled={fields.length >= MAX_ALARM_CONDITIONS}
            onClick={() => add({ ...NEW_CONDITION })}
            style={{ paddingInline: 0 }}
          >
            Add alarm rules
          </Button>
        </div>
      )}
    </Form.List>
  );
}

const GRID = '150px 130px 120px 1fr';
