import {
  Alert,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  Modal,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useApi } from '../../context';
import { t } from '../../i18n/translate';
import {
  formFields,
  initialValues,
  submitBody,
  submitErrors,
  type FieldOverride,
  type FormFieldDef,
  type FormValues,
  type OptionsAnswer,
  type SubmitErrors,
} from './formModel';
import { RelatedSelect } from './RelatedSelect';

export interface ApiFormProps {
  /** Where OPTIONS describes the fields: the list for a create, the object for an edit. */
  metadataPath: string;
  /** Where the form is sent. */
  submitPath: string;
  method: 'POST' | 'PUT' | 'PATCH';
  /** The object being edited, or values to start a new one from. */
  initial?: FormValues;
  only?: string[];
  exclude?: string[];
  overrides?: Record<string, FieldOverride>;
  submitLabel?: string;
  /** Inputs the page adds below the described fields (options the OPTIONS answer nests). */
  children?: ReactNode;
  /** Values sent with the form's own, from those inputs. */
  extraBody?: FormValues;
  onSuccess: (result: unknown) => void;
  onCancel?: () => void;
}

function FieldInput({
  field,
  value,
  onChange,
  error,
}: {
  field: FormFieldDef;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string;
}) {
  const common = {
    label: field.label ?? field.name,
    description: field.help_text,
    required: field.required,
    error,
  };
  switch (field.type) {
    case 'boolean':
      return (
        <Checkbox
          label={common.label}
          description={common.description}
          error={error}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      );
    case 'integer':
    case 'float':
    case 'decimal':
      return (
        <NumberInput
          {...common}
          min={field.min_value}
          max={field.max_value}
          allowDecimal={field.type !== 'integer'}
          value={value === null || value === undefined ? '' : (value as number | string)}
          onChange={onChange}
        />
      );
    case 'choice':
      return (
        <Select
          {...common}
          clearable={!field.required}
          data={(field.choices ?? []).map((c) => ({ value: String(c.value), label: c.display_name }))}
          value={value === null || value === undefined || value === '' ? null : String(value)}
          onChange={(v) => onChange(v ?? '')}
        />
      );
    case 'related field':
      return <RelatedSelect field={field} value={value} onChange={onChange} error={error} />;
    case 'date':
      return <TextInput {...common} type="date" value={String(value ?? '')} onChange={(e) => onChange(e.currentTarget.value)} />;
    default: {
      const text = String(value ?? '');
      if (field.name === 'notes' || (field.max_length === undefined && field.name === 'description' && text.length > 80)) {
        return <Textarea {...common} autosize minRows={3} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
      }
      return (
        <TextInput
          {...common}
          type={field.type === 'email' ? 'email' : field.type === 'url' ? 'url' : 'text'}
          maxLength={field.max_length}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    }
  }
}

/**
 * A form built from the server's OPTIONS description of an endpoint: its fields, labels, help,
 * required marks, choices and related objects. A 400 answer's messages appear beside their fields.
 */
export function ApiForm({
  metadataPath,
  submitPath,
  method,
  initial,
  only,
  exclude,
  overrides,
  submitLabel,
  children,
  extraBody,
  onSuccess,
  onCancel,
}: ApiFormProps) {
  const api = useApi();
  const options = useQuery({
    queryKey: ['options', metadataPath],
    queryFn: () => api.options<OptionsAnswer>(metadataPath),
    staleTime: 5 * 60_000,
  });
  const action = method === 'POST' ? options.data?.actions?.POST : options.data?.actions?.PUT;
  const fields = useMemo(
    () => formFields(action, { only, exclude, overrides }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [action, JSON.stringify({ only, exclude, overrides })],
  );
  const [values, setValues] = useState<FormValues | null>(null);
  const [errors, setErrors] = useState<SubmitErrors>({ fields: {}, general: [] });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (options.data && values === null) setValues(initialValues(fields, initial));
  }, [options.data, fields, initial, values]);

  if (options.isPending || (options.isSuccess && values === null)) {
    return (
      <Center py="md">
        <Loader size="sm" aria-label={t('Loading form')} />
      </Center>
    );
  }
  if (options.isError) {
    return (
      <Alert color="red" role="alert">
        {options.error.message}
      </Alert>
    );
  }
  if (!action) {
    return (
      <Alert color="yellow" role="alert">
        {t('You do not have permission to do this.')}
      </Alert>
    );
  }

  const current = values ?? {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({ fields: {}, general: [] });
    const body = { ...submitBody(fields, current), ...extraBody };
    try {
      const result =
        method === 'POST'
          ? await api.post(submitPath, body)
          : method === 'PUT'
            ? await api.put(submitPath, body)
            : await api.patch(submitPath, body);
      onSuccess(result);
    } catch (error) {
      setErrors(submitErrors(error, fields));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {errors.general.length > 0 && (
          <Alert color="red" role="alert" title={t('The form has errors')}>
            {errors.general.map((message) => (
              <div key={message}>{message}</div>
            ))}
          </Alert>
        )}
        {fields
          .filter((field) => !field.hidden)
          .map((field) => (
            <FieldInput
              key={field.name}
              field={field}
              value={current[field.name]}
              error={errors.fields[field.name]}
              onChange={(value) => setValues({ ...current, [field.name]: value })}
            />
          ))}
        {children}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('Cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy}>
            {submitLabel ?? t('Submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** An {@link ApiForm} in a dialog. */
export function ApiFormModal({
  opened,
  title,
  onClose,
  ...form
}: ApiFormProps & { opened: boolean; title: string; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      {opened && <ApiForm {...form} onCancel={onClose} />}
    </Modal>
  );
}
