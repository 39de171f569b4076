import { useState } from 'react';
import { App, Button, Empty, Flex, theme } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { addServiceEdit, readServiceForm, removeServiceEdit, replaceServiceEdit } from '@cs/compose';
import type { ServiceForm, TextEdit } from '@cs/compose';
import { ImagePickerDialog } from './ImagePickerDialog.tsx';
import { ServiceFormDialog } from './ServiceFormDialog.tsx';
import { newServiceForm, suggestServiceName } from './service-form.utils.ts';

/** A service as the panel lists it. */
export interface PanelService {
  name: string;
  image: string | null;
  startLine: number;
}

interface ServicesPanelProps {
  services: readonly PanelService[];
  readOnly: boolean;
  /** The text is not valid YAML right now: the services shown are the last ones read, not editable. */
  unreadable: boolean;
  /** The editor's text right now. */
  getText: () => string;
  /** Pushes an edit into the editor (undoable there). */
  applyEdit: (edit: TextEdit) => void;
  onReveal: (line: number) => void;
}

type Dialog = { kind: 'pick' } | { kind: 'add'; initial: ServiceForm } | { kind: 'edit'; initial: ServiceForm };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'The template could not be changed.';
}

/** "Services Contained": each service with Edit and Delete, and Add Service; edits go into the text. */
export function ServicesPanel({ services, readOnly, unreadable, getText, applyEdit, onReveal }: ServicesPanelProps) {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>();
  const names = services.map((s) => s.name);

  const edit = (name: string) => {
    const initial = readServiceForm(getText(), name);
    if (initial) setDialog({ kind: 'edit', initial });
    else void message.error(`Service ${name} cannot be read: fix the template's YAML first.`);
  };
  const remove = (name: string) => {
    try {
      applyEdit(removeServiceEdit(getText(), name));
    } catch (error) {
      void message.error(messageOf(error));
    }
  };
  const submit = (form: ServiceForm): string | undefined => {
    if (!dialog || dialog.kind === 'pick') return undefined;
    try {
      const text = getText();
      applyEdit(
        dialog.kind === 'edit' ? replaceServiceEdit(text, dialog.initial.name, form) : addServiceEdit(text, form),
      );
      setDialog(undefined);
      return undefined;
    } catch (error) {
      return messageOf(error);
    }
  };

  return (
    <aside
      aria-label="Services Contained"
      style={{ border: `1px solid ${token.colorBorder}`, borderRadius: token.borderRadius, background: '#fff' }}
    >
      <Flex
        justify="space-between"
        align="center"
        style={{ padding: '8px 12px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
      >
        <h2 style={{ fontSize: 14, fontWeight: 600, margin: 0 }}>Services Contained</h2>
        {!readOnly && (
          <Button
            size="small"
            icon={<PlusOutlined aria-hidden />}
            disabled={unreadable}
            onClick={() => setDialog({ kind: 'pick' })}
          >
            Add Service
          </Button>
        )}
      </Flex>
      {unreadable && !readOnly && (
        <p role="status" style={{ margin: 0, padding: '8px 12px', color: token.colorWarningText, fontSize: 12 }}>
          The template is not valid YAML: fix it to edit services here.
        </p>
      )}
      {services.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No services yet." style={{ margin: '24px 12px' }} />
      ) : (
        <ul aria-label="Services" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {services.map((s) => (
            <li
              key={s.name}
              aria-label={s.name}
              style={{ padding: '8px 12px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
            >
              <Flex justify="space-between" align="center" gap={8}>
                <button
                  type="button"
                  title={`Go to line ${s.startLine}`}
                  onClick={() => onReveal(s.startLine)}
                  style={{
                    border: 0,
                    background: 'none',
                    padding: 0,
                    cursor: 'pointer',
                    textAlign: 'left',
                    minWidth: 0,
                  }}
                >
                  <div style={{ fontWeight: 600, color: token.colorText, wordBreak: 'break-all' }}>{s.name}</div>
                  <div style={{ fontSize: 12, color: token.colorTextSecondary, wordBreak: 'break-all' }}>
                    {s.image ?? 'no image'}
                  </div>
                </button>
                {!readOnly && (
                  <Flex gap={4} style={{ flex: 'none' }}>
                    <Button
                      size="small"
                      type="link"
                      disabled={unreadable}
                      aria-label={`Edit ${s.name}`}
                      onClick={() => edit(s.name)}
                    >
                      Edit
                    </Button>
                    <Button
                      size="small"
                      type="link"
                      danger
                      aria-label={`Delete ${s.name}`}
                      onClick={() => remove(s.name)}
                    >
                      Delete
                    </Button>
                  </Flex>
                )}
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {dialog?.kind === 'pick' && (
        <ImagePickerDialog
          onCancel={() => setDialog(undefined)}
          onPick={(image) =>
            setDialog({ kind: 'add', initial: newServiceForm(suggestServiceName(image, names), image) })
          }
        />
      )}
      {dialog && dialog.kind !== 'pick' && (
        <ServiceFormDialog
          title={dialog.kind === 'edit' ? 'Edit Service' : 'Add Service'}
          initial={dialog.initial}
          takenNames={names.filter((n) => dialog.kind === 'add' || n !== dialog.initial.name)}
          onSubmit={submit}
          onCancel={() => setDialog(undefined)}
        />
      )}
    </aside>
  );
}
