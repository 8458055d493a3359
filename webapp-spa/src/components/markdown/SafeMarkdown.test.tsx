import { render } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { SafeMarkdown } from './SafeMarkdown';

function html(text: string): HTMLElement {
  return render(
    <MantineProvider>
      <SafeMarkdown text={text} />
    </MantineProvider>,
  ).container;
}

describe('SafeMarkdown', () => {
  it('renders markdown', () => {
    const container = html('# Title\n\nSome **bold** text\n\n- one\n- two');
    expect(container.querySelector('h1')?.textContent).toBe('Title');
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.querySelectorAll('li')).toHaveLength(2);
  });

  it('drops raw HTML and script links', () => {
    const container = html(
      'Hello <script>alert(1)</script><img src=x onerror="alert(2)"> [click](javascript:alert(3)) [ok](https://example.com)',
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toContain('onerror');
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.some((href) => href.startsWith('javascript'))).toBe(false);
    expect(links).toContain('https://example.com');
  });
});
