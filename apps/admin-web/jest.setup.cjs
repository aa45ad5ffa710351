// jsdom (component specs) lacks what browsers have and the libraries read: TextEncoder/TextDecoder (React
// Router, when it loads) and MessageChannel (antd's form batches field watchers with it). Node's own
// MessageChannel would keep jest alive, so a macrotask one: each message is delivered by a timer.
const { TextDecoder, TextEncoder } = require('node:util');

globalThis.TextEncoder ??= TextEncoder;
globalThis.TextDecoder ??= TextDecoder;

class TimerMessagePort {
  onmessage = null;
  other = null;
  postMessage(data) {
    setTimeout(() => this.other?.onmessage?.({ data }), 0);
  }
  close() {
    this.onmessage = null;
  }
}

globalThis.MessageChannel ??= class MessageChannel {
  constructor() {
    this.port1 = new TimerMessagePort();
    this.port2 = new TimerMessagePort();
    this.port1.other = this.port2;
    this.port2.other = this.port1;
  }
};
