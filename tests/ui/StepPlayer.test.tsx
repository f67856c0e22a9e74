// The step player: buttons, keyboard, scrubber, playing to the end with fake timers, live region.
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KitLanguage } from '../../src/ui/kitText.ts';
import { StepPlayer } from '../../src/ui/StepPlayer.tsx';
import { BASE_STEP_MS, stepDelayMs } from '../../src/ui/stepPlayback.ts';

function Harness({ count = 5, start = 0, lang = 'en' }: { count?: number; start?: number; lang?: KitLanguage }) {
  const [index, setIndex] = useState(start);
  return <StepPlayer lang={lang} count={count} index={index} onIndexChange={setIndex} describe={(i) => `n = ${i}`} />;
}

const status = () => screen.getByText(/^Step \d+ of \d+/);

afterEach(() => {
  vi.useRealTimers();
});

describe('StepPlayer', () => {
  it('count=5 index=0: back and first disabled; forward steps to 2 of 5', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'Step back' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'First step' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(status()).toHaveTextContent('Step 2 of 5: n = 1');
  });

  it('last jumps to 5 of 5 and disables forward', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Last step' }));
    expect(status()).toHaveTextContent('Step 5 of 5: n = 4');
    expect(screen.getByRole('button', { name: 'Step forward' })).toBeDisabled();
  });

  it('keyboard inside the toolbar: ArrowRight, ArrowRight, ArrowLeft, End, Home', () => {
    render(<Harness />);
    const toolbar = screen.getByRole('toolbar', { name: 'Step player' });
    const first = screen.getByRole('button', { name: 'Play' });
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    fireEvent.keyDown(first, { key: 'ArrowLeft' });
    expect(status()).toHaveTextContent('Step 2 of 5');
    fireEvent.keyDown(toolbar, { key: 'End' });
    expect(status()).toHaveTextContent('Step 5 of 5');
    fireEvent.keyDown(toolbar, { key: 'Home' });
    expect(status()).toHaveTextContent('Step 1 of 5');
  });

  it('space on the toolbar toggles play; playing count=3 reaches the end and stops', () => {
    vi.useFakeTimers();
    render(<Harness count={3} />);
    fireEvent.keyDown(screen.getByRole('toolbar'), { key: ' ' });
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    act(() => {
      vi.advanceTimersByTime(BASE_STEP_MS);
    });
    expect(status()).toHaveTextContent('Step 2 of 3');
    act(() => {
      vi.advanceTimersByTime(BASE_STEP_MS);
    });
    expect(status()).toHaveTextContent('Step 3 of 3');
    expect(screen.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('play at the last step starts again from the first', () => {
    render(<Harness start={4} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(status()).toHaveTextContent('Step 1 of 5');
  });

  it('the status is polite while paused and silent while playing', () => {
    render(<Harness />);
    expect(status()).toHaveAttribute('aria-live', 'polite');
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(status()).toHaveAttribute('aria-live', 'off');
  });

  it('the scrubber moves to step 4 and reads out its description', () => {
    render(<Harness />);
    const scrubber = screen.getByRole('slider', { name: 'Step' });
    fireEvent.change(scrubber, { target: { value: '3' } });
    expect(status()).toHaveTextContent('Step 4 of 5: n = 3');
    expect(scrubber).toHaveAttribute('aria-valuetext', 'n = 3');
  });

  it('index out of range (index=9, count=5) shows the last step', () => {
    render(<StepPlayer lang="en" count={5} index={9} onIndexChange={() => undefined} describe={(i) => `n = ${i}`} />);
    expect(status()).toHaveTextContent('Step 5 of 5');
  });

  it('lang=zh labels the controls in Chinese', () => {
    render(<Harness lang="zh" />);
    expect(screen.getByRole('button', { name: '下一步' })).toBeInTheDocument();
    expect(screen.getByText(/第 1 步，共 5 步/)).toBeInTheDocument();
  });

  it('stepDelayMs: speed 2 halves the delay, reduced motion doubles it', () => {
    expect(stepDelayMs(2, false)).toBe(BASE_STEP_MS / 2);
    expect(stepDelayMs(1, true)).toBe(BASE_STEP_MS * 2);
  });
});
