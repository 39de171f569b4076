import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, theme } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { SignInRequestSchema } from '@cs/contracts';
import type { SignInRequest } from '@cs/contracts';
import { useSignInMutation } from '../../data/session/sign-in-mutation.ts';
import { contractRule } from '../../forms/contract-rule.ts';
import { describeSignInFailure, safeNextPath } from './auth.utils.ts';

const usernameRules = [contractRule(SignInRequestSchema.shape.username)];
const passwordRules = [contractRule(SignInRequestSchema.shape.password)];

/** Signing in to the console; afterwards the user lands on the page they came for. */
export function SignInPage() {
  const { token } = theme.useToken();
  const [form] = Form.useForm<SignInRequest>();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | undefined>();
  const signIn = useSignInMutation({
    onSuccess: () => void navigate(safeNextPath(searchParams.get('next')), { replace: true }),
  });

  const submit = (values: SignInRequest) => {
    setFailure(undefined);
    signIn.mutate(values, {
      onError: (error) => {
        const { message, fieldErrors } = describeSignInFailure(error);
        setFailure(message);
        form.setFields(fieldErrors.map(({ field, message: text }) => ({ name: field, errors: [text] })));
      },
    });
  };

  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 24, background: token.colorBgLayout }}>
      {/* Styled like an antd Card without importing Card, which brings Tabs along: this page is the
          first one most visitors load. */}
      <section
        aria-labelledby="sign-in-title"
        style={{
          boxSizing: 'border-box',
          width: 400,
          maxWidth: '100%',
          padding: 32,
          background: token.colorBgContainer,
          borderRadius: token.borderRadiusLG,
          boxShadow: token.boxShadowTertiary,
        }}
      >
        <h1
          id="sign-in-title"
          style={{
            fontSize: 22,
            fontWeight: 600,
            textAlign: 'center',
            margin: '0 0 24px',
            color: token.colorTextHeading,
          }}
        >
          Container Service Console
        </h1>
        {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 24 }} />}
        <Form<SignInRequest>
          form={form}
          layout="vertical"
          onFinish={submit}
          disabled={signIn.isPending}
          requiredMark={false}
        >
          <Form.Item label="User Name" name="username" rules={usernameRules}>
            <Input autoComplete="username" autoFocus aria-required />
          </Form.Item>
          <Form.Item label="Password" name="password" rules={passwordRules}>
            <Input.Password autoComplete="current-password" aria-required />
          </Form.Item>
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
              Sign In
            </Button>
          </Form.Item>
        </Form>
      </section>
    </Flex>
  );
}
