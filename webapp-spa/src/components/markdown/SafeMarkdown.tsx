import { Typography } from '@mantine/core';
import Markdown from 'react-markdown';

/**
 * Renders user-written markdown (notes). Raw HTML in the text is dropped, not rendered, and link
 * targets other than http(s), mailto and relative ones are removed, so notes cannot carry script.
 */
export function SafeMarkdown({ text }: { text: string }) {
  return (
    <Typography>
      <Markdown skipHtml>{text}</Markdown>
    </Typography>
  );
}
