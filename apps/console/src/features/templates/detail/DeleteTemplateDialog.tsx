import { Modal } from 'antd';
import type { TemplateDto } from '@cs/contracts';
import { FailureAlert } from '../../../components/FailureAlert.tsx';
import { useTemplateDeleteMutation } from '../../../data/templates/template-delete-mutation.ts';
import { failureMessage } from '../../../forms/api-failure.ts';

interface DeleteTemplateDialogProps {
  template: TemplateDto;
  onDeleted: () => void;
  onCancel: () => void;
}

/** Delete in the upper-right corner of Details, confirmed with OK in the pop-up dialog box. */
export function DeleteTemplateDialog({ template, onDeleted, onCancel }: DeleteTemplateDialogProps) {
  const deletion = useTemplateDeleteMutation();
  const { name } = template.metadata;
  return (
    <Modal
      open
      title="Delete Template"
      okText="OK"
      okButtonProps={{ danger: true, loading: deletion.isPending }}
      onOk={() => deletion.mutate(template.metadata.id, { onSuccess: onDeleted })}
      onCancel={onCancel}
    >
      <FailureAlert message={deletion.isError ? failureMessage(deletion.error) : undefined} />
      <p>
        Are you sure you want to delete the orchestration template <strong>{name}</strong>? It is removed from My
        Templates; applications created from it are not affected.
      </p>
    </Modal>
  );
}
