/** How a line ends: with a full stop, as a sentence of prose does, or with a question mark. */

// A full stop ends the last sentence, possibly inside quotes or brackets: 'ووفق بيان كوربن فإن
// "القنابل لن تنقذ الأرواح أو تجلب السلام".' An ellipsis ("..") does not count, and neither does a
// question mark: headlines ask questions ("الحرب السورية: من يقاتل من؟ ولماذا؟").
const ENDS_WITH_FULL_STOP = /(?<![.…])[.。](?:["'”’»)\]\s]*)$/u;

/** Whether `content` ends its last sentence with a full stop (white space after it allowed). */
export function endsWithFullStop(content: string): boolean {
  return ENDS_WITH_FULL_STOP.test(content);
}

const ENDS_WITH_QUESTION_MARK = /[?؟]\s*$/u;

/** Whether `content` ends with a question mark, Latin or Arabic (white space after it allowed). */
export function endsWithQuestionMark(content: string): boolean {
  return ENDS_WITH_QUESTION_MARK.test(content);
}
