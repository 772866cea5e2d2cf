/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { Content, Header, Page } from '@backstage/core-components';
import { ReactNode } from 'react';

/**
 * The page frame. The new frontend system draws the plugin header itself,
 * so pages there render content only; legacy apps get the classic header
 * (whose Page provides the main landmark).
 */
export function PageShell({
  title,
  subtitle,
  withHeader,
  children,
}: {
  title: string;
  subtitle?: string;
  withHeader: boolean;
  children: ReactNode;
}) {
  // The new frontend system's page layout has no main landmark of its own.
  if (!withHeader)
    return (
      <main aria-label={title}>
        <Content>{children}</Content>
      </main>
    );
  return (
    <Page themeId="tool">
      <Header title={title} subtitle={subtitle} />
      <Content>{children}</Content>
    </Page>
  );
}
