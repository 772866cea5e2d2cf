/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import '@testing-library/jest-dom';

// Rendering MUI tables and the graph takes seconds on a busy 2-core CI
// machine; jest's 5 s default turns that into flaky failures.
jest.setTimeout(30_000);
