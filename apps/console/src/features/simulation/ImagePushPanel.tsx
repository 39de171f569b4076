import { App, Button, Card, Flex, Form, Input, Table, Tooltip } from 'antd';
import { ImagePushRequestSchema } from '@cs/contracts';
import type { ImagePushRequest, RegistryImageDto } from '@cs/contracts';
import { formatDateTime } from '../../components/date-time.utils.ts';
import { FailureAlert } from '../../components/FailureAlert.tsx';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { useImagePushMutation } from '../../data/simulation/image-push-mutation.ts';
import { usePushedImagesQuery } from '../../data/simulation/pushed-images-query.ts';
import { contractRule } from '../../forms/contract-rule.ts';
import { useFormFailure } from '../../forms/use-form-failure.ts';
import { shortDigest } from '../containers/containers.utils.ts';

const FIELDS = ['image'] as const;

/** Push a new image digest: the registry's tag moves on, and Redeploy pulls the new sha256. */
export function ImagePushPanel() {
  const { message } = App.useApp();
  const [form] = Form.useForm<ImagePushRequest>();
  const failure = useFormFailure(form, FIELDS);
  const push = useImagePushMutation();
  const images = usePushedImagesQuery();

  const submit = (values: ImagePushRequest) => {
    failure.clear();
    push.mutate(values, {
      onSuccess: (image) => {
        void message.success(`${image.spec.reference} now has digest ${shortDigest(image.status.digest)}.`);
        form.resetFields();
      },
      onError: failure.report,
    });
  };

  return (
    <Card title="Push a new image digest">
      <p style={{ marginTop: 0, color: 'rgba(0, 0, 0, 0.65)' }}>
        As if someone pushed a new build of a tag to the registry: the tag gets a new sha256 digest. Running containers
        keep the digest they were pulled with; Redeploy (on the application) pulls the image again, and the container
        table then shows the new sha256.
      </p>
      <Form<ImagePushRequest>
        name="image-push"
        form={form}
        layout="inline"
        onFinish={submit}
        aria-label="Push a new image digest"
      >
        <Form.Item
          label="Image"
          name="image"
          rules={[
            { required: true, message: 'Name the image to push a new digest for.' },
            contractRule(ImagePushRequestSchema.shape.image),
          ]}
        >
          <Input placeholder="nginx:latest" autoComplete="off" style={{ width: 320 }} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={push.isPending}>
          Push
        </Button>
      </Form>
      <FailureAlert message={failure.message} />
      {images.isError && (
        <LoadFailureAlert what="The pushed images" error={images.error} onRetry={() => void images.refetch()} />
      )}
      <Table<RegistryImageDto>
        aria-label="Pushed images"
        size="small"
        style={{ marginTop: 16 }}
        rowKey={(i) => i.metadata.id}
        dataSource={images.data}
        loading={images.isPending}
        pagination={false}
        locale={{ emptyText: 'No digests pushed yet: images have the digests the registry started with.' }}
        columns={[
          { title: 'Image', key: 'reference', render: (_, i) => i.spec.reference },
          {
            title: 'Digest',
            key: 'digest',
            render: (_, i) => (
              <Tooltip title={i.status.digest}>
                <Flex tabIndex={0} style={{ fontFamily: 'monospace' }}>
                  {shortDigest(i.status.digest)}
                </Flex>
              </Tooltip>
            ),
          },
          { title: 'Pushes', key: 'pushes', align: 'right', render: (_, i) => i.status.pushes },
          { title: 'Last Pushed', key: 'time', render: (_, i) => formatDateTime(i.metadata.updatedAt) },
        ]}
      />
    </Card>
  );
}
