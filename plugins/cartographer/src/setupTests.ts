/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Rendering MUI tables and the graph takes seconds on a busy 2-core CI
// machine; the 5 s test and 1 s findBy defaults turn that into flakes.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });
