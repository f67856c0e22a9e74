// Sets up the tfjs peers in Node: the plain-JS cpu backend and the wasm backend with SIMD, one thread.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/** What the wasm backend runs with, printed beside the results. */
export interface WasmInfo {
  readonly simd: boolean;
  readonly threads: number;
}

/**
 * Registers both backends and checks the wasm one has SIMD and one thread. The .wasm files are read from
 * node_modules (no network). Multi-threaded wasm is switched off: every contender gets one core.
 */
export async function initTfjs(): Promise<WasmInfo> {
  const require = createRequire(import.meta.url);
  // tfjs-core's Node bundle ships no gradients (the @tensorflow/tfjs package registers them); load its
  // own registration module. It is written as ES modules with folder imports, which only require()
  // (through tsx) resolves; it registers into tfjs' global gradient table, shared by both copies.
  require('@tensorflow/tfjs-core/dist/register_all_gradients.js');
  const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm'));
  setWasmPaths(`${wasmDir}/`);
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  // Production mode, as a deployed app runs tfjs: no debug checks (and no tfjs-node advert in the output).
  tf.enableProdMode();
  if (!(await tf.setBackend('cpu'))) throw new Error('bench: the tfjs cpu backend did not start');
  if (!(await tf.setBackend('wasm'))) throw new Error('bench: the tfjs wasm backend did not start');
  const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) as boolean;
  const threads = getThreadsCount();
  if (!simd) throw new Error('bench: wasm SIMD is off here, so the wasm figures would not be the SIMD peer');
  if (threads !== 1) throw new Error(`bench: the wasm backend runs ${threads} threads (it must run one)`);
  return { simd, threads };
}

/** Makes `name` the active tfjs backend (cheap once it has started). */
export async function switchBackend(name: 'cpu' | 'wasm'): Promise<void> {
  if (tf.getBackend() !== name) await tf.setBackend(name);
}
