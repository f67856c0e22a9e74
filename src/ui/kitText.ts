// The words of the shared widget kit (notice, step player, controls) in each course language.

/** A course language as the kit sees it. */
export type KitLanguage = 'en' | 'zh';

/** Every string of the kit's shared components. */
export interface KitText {
  noticeTitle: (count: number) => string;
  /** "f = 'abc': not a number; using 1". */
  usedInstead: string;
  ignored: string;
  player: string;
  play: string;
  pause: string;
  stepBack: string;
  stepForward: string;
  first: string;
  last: string;
  position: string;
  speed: string;
  /** "Step 3 of 12". */
  stepOf: (step: number, count: number) => string;
  /** The error under a field whose text was not applied: "Not applied: not a number; keeping 1,2,3". */
  notApplied: (problem: string, kept: string) => string;
  /** Separator between a label and its value: ': ' or '：'. */
  colon: string;
}

/** The kit's strings per language. */
export const kitText: Readonly<Record<KitLanguage, KitText>> = {
  en: {
    noticeTitle: (count) => (count === 1 ? 'One setting was not used as given:' : `${count} settings were not used as given:`),
    usedInstead: 'using',
    ignored: 'ignored',
    player: 'Step player',
    play: 'Play',
    pause: 'Pause',
    stepBack: 'Step back',
    stepForward: 'Step forward',
    first: 'First step',
    last: 'Last step',
    position: 'Step',
    speed: 'Speed',
    stepOf: (step, count) => `Step ${step} of ${count}`,
    notApplied: (problem, kept) => `Not applied: ${problem}; keeping ${kept}`,
    colon: ': ',
  },
  zh: {
    noticeTitle: (count) => (count === 1 ? '有 1 项设置未按原值采用：' : `有 ${count} 项设置未按原值采用：`),
    usedInstead: '改用',
    ignored: '已忽略',
    player: '分步播放',
    play: '播放',
    pause: '暂停',
    stepBack: '上一步',
    stepForward: '下一步',
    first: '第一步',
    last: '最后一步',
    position: '步骤',
    speed: '速度',
    stepOf: (step, count) => `第 ${step} 步，共 ${count} 步`,
    notApplied: (problem, kept) => `未应用：${problem}，仍为 ${kept}`,
    colon: '：',
  },
};
