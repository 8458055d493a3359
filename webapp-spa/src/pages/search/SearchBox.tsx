import { TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../i18n/translate';

/** The header's search field: Enter opens the results page; "/" focuses it from anywhere. */
export function SearchBox() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => input.current?.focus()]]);
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() !== '') navigate(`/search?q=${encodeURIComponent(text.trim())}`);
      }}
    >
      <TextInput
        ref={input}
        size="sm"
        w={{ base: 140, sm: 260 }}
        placeholder={t('Search (press /)')}
        aria-label={t('Search')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
    </form>
  );
}
