import { Card } from 'antd';
import type { TemplateParameter } from '@cs/compose';
import { ParameterFields } from './ParameterFields.tsx';
import { variablesToSend } from './parameters.utils.ts';
import { PlacementPreview } from './PlacementPreview.tsx';

interface ParametersAndPlacementProps {
  /** The template as edited now, and its parameters. */
  content: string;
  parameters: readonly TemplateParameter[];
  values: Readonly<Record<string, string>>;
  onChange: (values: Record<string, string>) => void;
  showMissing: boolean;
  errors?: readonly string[];
  /** Where it would run: the cluster, the application's name, and on Update the application itself. */
  target: { clusterId: string; name: string; applicationId?: string };
}

/** The Parameters card (one input per parameter) and the Placement Preview of the template with them. */
export function ParametersAndPlacement(props: ParametersAndPlacementProps) {
  const { content, parameters, values, onChange, showMissing, errors, target } = props;
  return (
    <>
      <Card title="Parameters">
        <ParameterFields
          parameters={parameters}
          values={values}
          onChange={onChange}
          showMissing={showMissing}
          errors={errors}
        />
      </Card>
      <Card title="Placement Preview">
        <PlacementPreview
          request={
            content.trim()
              ? { ...target, template: content, variables: variablesToSend(parameters, values) }
              : undefined
          }
        />
      </Card>
    </>
  );
}
