/** How a line ends: with a full stop, as a sentence of prose does, or with a question mark. */

/**
 * The full stops of the scripts the tool reads: the Latin one, the Urdu one (U+06D4, which ends
 * every sentence of Urdu news: "...فلسطینی سفیر سے ملاقات کی۔"), the Devanagari danda and double
 * danda, the ideographic and halfwidth ideographic ones, and the fullwidth one. Without its full
 * stop a paragraph of Urdu read as a headline, and a link glued on after it stayed.
 */
export const FULL_STOPS = '.\u06d4\u0964\u0965\u3002\uff61\uff0e';

// A full stop ends the last sentence, possibly inside quotes or brackets: 'ووفق بيان كوربن فإن
// "القنابل لن تنقذ الأرواح أو تجلب السلام".' An ellipsis ("..", "۔۔۔") does not count, and neither
// does a question mark: headlines ask questions ("الحرب السورية: من يقاتل من؟ ولماذا؟").
const ENDS_WITH_FULL_STOP = new RegExp(`(?<![…${FULL_STOPS}])[${FULL_STOPS}](?:["'”’»)\\]\\s]*)$`, 'u');

/** Whether `content` ends its last sentence with a full stop (white space after it allowed). */
export function endsWithFullStop(content: string): boolean {
  return ENDS_WITH_FULL_STOP.test(content);
}

const ENDS_WITH_QUESTION_MARK = /[?؟]\s*$/u;

/** Whether `content` ends with a question mark, Latin or Arabic (white space after it allowed). */
export function endsWithQuestionMark(content: string): boolean {
  return ENDS_WITH_QUESTION_MARK.test(content);
}
