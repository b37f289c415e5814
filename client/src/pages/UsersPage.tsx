// Admin: every user with roles, centre, whether active and the last login; and a form for a new one.
import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../api.js';
import { Async, Empty, ErrorState } from '../components/States.js';
import { formatTimestamp } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { Centre, Page, Role, User } from '../types.js';
import { ScrollRegion } from '../components/ScrollRegion.js';

const allRoles: Role[] = ['admin', 'case_officer', 'approver', 'finance', 'auditor', 'centre_leader', 'centre_staff'];

export function UsersPage() {
  const { t, language } = useI18n();
  usePageTitle(t.usersTitle);
  const users = useApi<Page<User>>('/api/users?pageSize=200');
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.usersTitle}
      </Heading>
      <Paragraph>{t.usersIntro}</Paragraph>
      <Async loaded={users}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t.noUsers}</Empty>
          ) : (
            <ScrollRegion label={t.usersTitle}>
              <Table zebra border data-testid="users-table">
                <caption className="visually-hidden">{t.usersTitle}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t.name}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.email}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.roles}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.centre}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.lastLogin}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {page.items.map((user) => (
                    <Table.Row key={user.id}>
                      <Table.HeaderCell scope="row">
                        {user.name}
                        {user.title && <div className="muted">{user.title}</div>}
                      </Table.HeaderCell>
                      <Table.Cell>{user.email}</Table.Cell>
                      <Table.Cell>{user.roles.map((role) => t.role[role]).join(', ')}</Table.Cell>
                      <Table.Cell>{user.centre ?? t.none}</Table.Cell>
                      <Table.Cell>
                        <Tag data-color={user.active ? 'success' : 'neutral'}>
                          {user.active ? t.active : t.inactive}
                        </Tag>
                      </Table.Cell>
                      <Table.Cell>
                        {user.lastLoginAt ? formatTimestamp(user.lastLoginAt, language) : t.never}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollRegion>
          )
        }
      </Async>
      <NewUserForm onCreated={users.reload} />
    </>
  );
}

function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const centres = useApi<Page<Centre>>('/api/centres?pageSize=200');
  const centreId = useId();
  const empty = { email: '', name: '', title: '', centre: '', password: '', roles: [] as Role[] };
  const [form, setForm] = useState(empty);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const problem = (field: string) =>
    error?.errors
      .filter((e) => e.field === `body.${field}` || e.field.startsWith(`body.${field}.`))
      .map((e) => e.message)
      .join('; ') || undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setCreated(null);
    api<User>('/api/users', {
      method: 'POST',
      body: {
        email: form.email,
        name: form.name,
        title: form.title || null,
        roles: form.roles,
        centre: form.centre || null,
        password: form.password,
      },
    })
      .then((user) => {
        setCreated(t.userCreated(user.email));
        setForm(empty);
        onCreated();
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e : new ApiError(0, 'network', undefined)))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="new-user" className="import">
      <Heading level={2} data-size="sm" id="new-user">
        {t.newUser}
      </Heading>
      <Paragraph data-size="sm">{t.newUserHelp}</Paragraph>
      {error && <ErrorState error={error} />}
      <div aria-live="polite">{created && <Alert data-color="success">{created}</Alert>}</div>
      <form onSubmit={submit} className="form-stack" noValidate>
        <Textfield
          label={t.email}
          type="email"
          autoComplete="off"
          value={form.email}
          error={problem('email')}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
        <Textfield
          label={t.name}
          value={form.name}
          error={problem('name')}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
        <Textfield
          label={t.jobTitle}
          value={form.title}
          onChange={(e) => setForm({ ...form, title: e.target.value })}
        />
        <Fieldset>
          <Fieldset.Legend>{t.roles}</Fieldset.Legend>
          {allRoles.map((role) => (
            <Checkbox
              key={role}
              label={t.role[role]}
              value={role}
              checked={form.roles.includes(role)}
              onChange={(e) =>
                setForm({
                  ...form,
                  roles: e.target.checked ? [...form.roles, role] : form.roles.filter((r) => r !== role),
                })
              }
            />
          ))}
          {problem('roles') && <Paragraph data-size="sm">{problem('roles')}</Paragraph>}
        </Fieldset>
        <Field>
          <Label htmlFor={centreId}>{t.centre}</Label>
          <Select
            id={centreId}
            width="auto"
            value={form.centre}
            onChange={(e) => setForm({ ...form, centre: e.target.value })}
          >
            <Select.Option value="">{t.noCentre}</Select.Option>
            {(centres.data?.items ?? []).map((centre) => (
              <Select.Option key={centre.code} value={centre.code}>
                {centre.code} – {centre.name}
              </Select.Option>
            ))}
          </Select>
          {problem('centre') && <Paragraph data-size="sm">{problem('centre')}</Paragraph>}
        </Field>
        <Textfield
          label={t.initialPassword}
          type="password"
          autoComplete="new-password"
          value={form.password}
          error={problem('password')}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
        <Button type="submit" disabled={busy}>
          {busy ? t.saving : t.createUser}
        </Button>
      </form>
    </section>
  );
}
