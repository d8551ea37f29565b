// Package bufio puts a buffer between a program and an io.Reader or
// io.Writer (Reader, Writer) and splits input into tokens (Scanner).
// (minigo: all minigo code over the io interfaces.)
package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

const defaultSize = 4096

// minReadBufferSize is the smallest buffer a Reader gets.
const minReadBufferSize = 16

// maxEmptyReads is how many reads in a row may return nothing before a
// reader is declared stuck (io.ErrNoProgress).
const maxEmptyReads = 100

// The errors of Reader and Writer.
var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")

	errNegativeRead  = errors.New("bufio: reader returned negative count from Read")
	errNegativeWrite = errors.New("bufio: writer returned negative count from Write")
)

// The panics of a Reader's misuse of its buffer.
const (
	fillFull        = "bufio: tried to fill full buffer"
	rewindPastStart = "bufio: tried to rewind past start of buffer"
)

// indexByte is the index of the first c in b, or -1.
func indexByte(b []byte, c byte) int

// Reader reads from an io.Reader through a buffer.
type Reader struct {
	data        []byte
	src         io.Reader
	head, tail  int   // unread bytes are data[head:tail]
	fault       error // the source's last error, not yet reported
	prevByte    int   // the last byte read, for UnreadByte; -1 when none
	prevRuneLen int   // size of the last rune read, for UnreadRune; -1 when none
}

// NewReaderSize returns a Reader with a buffer of at least size bytes (rd
// itself when it is a Reader with such a buffer already).
func NewReaderSize(rd io.Reader, size int) *Reader {
	if already, ok := rd.(*Reader); ok && len(already.data) >= size {
		return already
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	return &Reader{data: make([]byte, size), src: rd, prevByte: -1, prevRuneLen: -1}
}

// NewReader returns a Reader with the default buffer size (4096).
func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, defaultSize)
}

// Size returns the buffer's size.
func (b *Reader) Size() int { return len(b.data) }

// Reset drops the buffered data and reads from r from now on.
func (b *Reader) Reset(r io.Reader) {
	if b.data == nil {
		b.data = make([]byte, defaultSize)
	}
	*b = Reader{data: b.data, src: r, prevByte: -1, prevRuneLen: -1}
}

// fill moves the unread bytes to the front and reads once more (retrying
// empty reads a bounded number of times).
func (b *Reader) fill() {
	if b.head > 0 {
		copy(b.data, b.data[b.head:b.tail])
		b.tail -= b.head
		b.head = 0
	}
	if b.tail >= len(b.data) {
		panic(fillFull)
	}
	for i := 0; i < maxEmptyReads; i++ {
		n, err := b.src.Read(b.data[b.tail:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.tail += n
		if err != nil {
			b.fault = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.fault = io.ErrNoProgress
}

// takeErr reports the pending error once.
func (b *Reader) takeErr() error {
	err := b.fault
	b.fault = nil
	return err
}

// Buffered returns how many bytes can be read without reading from below.
func (b *Reader) Buffered() int { return b.tail - b.head }

// Peek returns the next n bytes without consuming them (valid until the
// next read); fewer than n comes with the reason, ErrBufferFull when n is
// more than the buffer holds.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.prevByte, b.prevRuneLen = -1, -1
	for b.tail-b.head < n && b.tail-b.head < len(b.data) && b.fault == nil {
		b.fill()
	}
	if n > len(b.data) {
		return b.data[b.head:b.tail], ErrBufferFull
	}
	var err error
	if have := b.tail - b.head; have < n {
		n = have
		if err = b.takeErr(); err == nil {
			err = ErrBufferFull
		}
	}
	return b.data[b.head : b.head+n], err
}

// Discard skips the next n bytes; fewer comes with the reason.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return
	}
	b.prevByte, b.prevRuneLen = -1, -1
	left := n
	for {
		skip := b.Buffered()
		if skip == 0 {
			b.fill()
			skip = b.Buffered()
		}
		if skip > left {
			skip = left
		}
		b.head += skip
		left -= skip
		if left == 0 {
			return n, nil
		}
		if b.fault != nil {
			return n - left, b.takeErr()
		}
	}
}

// Read reads into p from the buffer, reading from below at most once (and
// straight into p when the buffer is empty and p is at least as large).
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.head == b.tail {
		if b.fault != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.data) {
			n, b.fault = b.src.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.prevByte, b.prevRuneLen = int(p[n-1]), -1
			}
			return n, b.takeErr()
		}
		b.head, b.tail = 0, 0
		n, b.fault = b.src.Read(b.data)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.takeErr()
		}
		b.tail += n
	}
	n = copy(p, b.data[b.head:b.tail])
	b.head += n
	b.prevByte, b.prevRuneLen = int(b.data[b.head-1]), -1
	return n, nil
}

// ReadByte reads one byte.
func (b *Reader) ReadByte() (byte, error) {
	b.prevRuneLen = -1
	for b.head == b.tail {
		if b.fault != nil {
			return 0, b.takeErr()
		}
		b.fill()
	}
	c := b.data[b.head]
	b.head++
	b.prevByte = int(c)
	return c, nil
}

// UnreadByte puts back the last byte read (only right after a read).
func (b *Reader) UnreadByte() error {
	if b.prevByte < 0 || b.head == 0 && b.tail > 0 {
		return ErrInvalidUnreadByte
	}
	if b.head > 0 {
		b.head--
	} else {
		b.tail = 1
	}
	b.data[b.head] = byte(b.prevByte)
	b.prevByte, b.prevRuneLen = -1, -1
	return nil
}

// ReadRune reads one UTF-8 character (U+FFFD with size 1 for a bad byte).
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.head+utf8.UTFMax > b.tail && !utf8.FullRune(b.data[b.head:b.tail]) && b.fault == nil && b.tail-b.head < len(b.data) {
		b.fill()
	}
	b.prevRuneLen = -1
	if b.head == b.tail {
		return 0, 0, b.takeErr()
	}
	r, size = rune(b.data[b.head]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.data[b.head:b.tail])
	}
	b.head += size
	b.prevByte, b.prevRuneLen = int(b.data[b.head-1]), size
	return r, size, nil
}

// UnreadRune puts back the last rune read (only right after ReadRune).
func (b *Reader) UnreadRune() error {
	if b.prevRuneLen < 0 || b.head < b.prevRuneLen {
		return ErrInvalidUnreadRune
	}
	b.head -= b.prevRuneLen
	b.prevByte, b.prevRuneLen = -1, -1
	return nil
}

// ReadSlice reads up to and including delim, returning a view of the
// buffer (valid until the next read); a full buffer without delim is
// ErrBufferFull, the end of input before delim its error.
func (b *Reader) ReadSlice(delim byte) (ln []byte, err error) {
	searched := 0
	for {
		if i := indexByte(b.data[b.head+searched:b.tail], delim); i >= 0 {
			i += searched
			ln = b.data[b.head : b.head+i+1]
			b.head += i + 1
			break
		}
		if b.fault != nil {
			ln = b.data[b.head:b.tail]
			b.head = b.tail
			err = b.takeErr()
			break
		}
		if b.Buffered() >= len(b.data) {
			b.head = b.tail
			ln = b.data
			err = ErrBufferFull
			break
		}
		searched = b.tail - b.head
		b.fill()
	}
	if n := len(ln); n > 0 {
		b.prevByte, b.prevRuneLen = int(ln[n-1]), -1
	}
	return
}

// ReadLine returns one ln without its "\n" or "\r\n"; isPrefix says the
// ln did not fit the buffer and continues in the next call.
func (b *Reader) ReadLine() (ln []byte, isPrefix bool, err error) {
	ln, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// Keep a final "\r" for the next call: it may start a "\r\n".
		if n := len(ln); n > 0 && ln[n-1] == '\r' {
			if b.head == 0 {
				panic(rewindPastStart)
			}
			b.head--
			ln = ln[:len(ln)-1]
		}
		return ln, true, nil
	}
	if len(ln) == 0 {
		if err != nil {
			ln = nil
		}
		return
	}
	err = nil
	if n := len(ln); ln[n-1] == '\n' {
		n--
		if n > 0 && ln[n-1] == '\r' {
			n--
		}
		ln = ln[:n]
	}
	return
}

// readUntil reads up to and including delim into a fresh slice.
func (b *Reader) readUntil(delim byte) ([]byte, error) {
	var whole []byte
	for {
		part, err := b.ReadSlice(delim)
		if err == ErrBufferFull {
			whole = append(whole, part...)
			continue
		}
		if whole == nil {
			whole = make([]byte, 0, len(part))
		}
		return append(whole, part...), err
	}
}

// ReadBytes reads up to and including delim; the end of input before delim
// returns what was read with the error (io.EOF).
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	return b.readUntil(delim)
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	ln, err := b.readUntil(delim)
	return string(ln), err
}

// writeBuf writes the buffered bytes to w.
func (b *Reader) writeBuf(w io.Writer) (int64, error) {
	n, err := w.Write(b.data[b.head:b.tail])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.head += n
	return int64(n), err
}

// WriteTo writes everything left (buffered, then from below) to w.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.prevByte, b.prevRuneLen = -1, -1
	n, err = b.writeBuf(w)
	if err != nil {
		return
	}
	if r, ok := b.src.(io.WriterTo); ok {
		m, err := r.WriteTo(w)
		n += m
		return n, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		m, err := rf.ReadFrom(b.src)
		n += m
		return n, err
	}
	if b.tail-b.head < len(b.data) {
		b.fill()
	}
	for b.head < b.tail {
		m, err := b.writeBuf(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.fault == io.EOF {
		b.fault = nil
	}
	return n, b.takeErr()
}

// Writer writes to an io.Writer through a buffer; call Flush at the end.
// After a write error, every later write and Flush returns it.
type Writer struct {
	fault error
	data  []byte
	used  int
	dst   io.Writer
}

// NewWriterSize returns a Writer with a buffer of at least size bytes (w
// itself when it is a Writer with such a buffer already).
func NewWriterSize(w io.Writer, size int) *Writer {
	if already, ok := w.(*Writer); ok && len(already.data) >= size {
		return already
	}
	if size <= 0 {
		size = defaultSize
	}
	return &Writer{data: make([]byte, size), dst: w}
}

// NewWriter returns a Writer with the default buffer size (4096).
func NewWriter(w io.Writer) *Writer {
	return NewWriterSize(w, defaultSize)
}

// Size returns the buffer's size.
func (b *Writer) Size() int { return len(b.data) }

// Reset drops unflushed data and any error, and writes to w from now on.
func (b *Writer) Reset(w io.Writer) {
	if b.data == nil {
		b.data = make([]byte, defaultSize)
	}
	b.fault = nil
	b.used = 0
	b.dst = w
}

// Flush writes the buffered bytes below.
func (b *Writer) Flush() error {
	if b.fault != nil {
		return b.fault
	}
	if b.used == 0 {
		return nil
	}
	n, err := b.dst.Write(b.data[0:b.used])
	if n < b.used && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 && n < b.used {
			copy(b.data[0:b.used-n], b.data[n:b.used])
		}
		b.used -= n
		b.fault = err
		return err
	}
	b.used = 0
	return nil
}

// Available returns how many bytes fit before the buffer is full.
func (b *Writer) Available() int { return len(b.data) - b.used }

// AvailableBuffer returns an empty slice over the free part of the buffer,
// to append to and pass to Write.
func (b *Writer) AvailableBuffer() []byte { return b.data[b.used:][:0] }

// Buffered returns how many bytes wait for a Flush.
func (b *Writer) Buffered() int { return b.used }

// Write buffers p, writing below as the buffer fills (a write larger than
// an empty buffer goes straight below).
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.fault == nil {
		var n int
		if b.Buffered() == 0 {
			n, b.fault = b.dst.Write(p)
		} else {
			n = copy(b.data[b.used:], p)
			b.used += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.fault != nil {
		return nn, b.fault
	}
	n := copy(b.data[b.used:], p)
	b.used += n
	nn += n
	return nn, nil
}

// WriteString buffers s (see Write).
func (b *Writer) WriteString(s string) (int, error) {
	var sw io.StringWriter
	canWriteString := true
	nn := 0
	for len(s) > b.Available() && b.fault == nil {
		var n int
		if canWriteString {
			sw, canWriteString = b.dst.(io.StringWriter)
		}
		if b.Buffered() == 0 && canWriteString {
			n, b.fault = sw.WriteString(s)
		} else {
			n = copy(b.data[b.used:], s)
			b.used += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.fault != nil {
		return nn, b.fault
	}
	n := copy(b.data[b.used:], s)
	b.used += n
	nn += n
	return nn, nil
}

// WriteByte buffers one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.fault != nil {
		return b.fault
	}
	if b.Available() <= 0 {
		if ferr := b.Flush(); ferr != nil {
			return ferr
		}
	}
	b.data[b.used] = c
	b.used++
	return nil
}

// WriteRune buffers the UTF-8 encoding of r.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if r >= 0 && r < utf8.RuneSelf {
		if err = b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.fault != nil {
		return 0, b.fault
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.fault != nil {
			return 0, b.fault
		}
		if b.Available() < utf8.UTFMax {
			enc := string(r)
			return b.WriteString(enc)
		}
	}
	size = utf8.EncodeRune(b.data[b.used:], r)
	b.used += size
	return size, nil
}

// ReadFrom reads r to its end into the buffer, writing below as it fills.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.fault != nil {
		return 0, b.fault
	}
	rf, hasReadFrom := b.dst.(io.ReaderFrom)
	var m int
	for {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if hasReadFrom && b.Buffered() == 0 {
			nn, err := rf.ReadFrom(r)
			b.fault = err
			n += nn
			return n, err
		}
		empty := 0
		for empty < maxEmptyReads {
			m, err = r.Read(b.data[b.used:])
			if m != 0 || err != nil {
				break
			}
			empty++
		}
		if empty == maxEmptyReads {
			return n, io.ErrNoProgress
		}
		b.used += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		// A buffer filled exactly is flushed now.
		if b.Available() == 0 {
			err = b.Flush()
		} else {
			err = nil
		}
	}
	return n, err
}

// ReadWriter pairs a Reader and a Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter pairs r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}

// SplitFunc finds the next token in data (atEOF: no more data will come):
// it returns how many bytes to consume, the token (nil for none yet) and
// an error that stops the scan (ErrFinalToken: stop after this token).
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// The errors of Scanner (ErrFinalToken is a SplitFunc's way to stop).
var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	ErrFinalToken      = errors.New("final token")
)

// MaxScanTokenSize is the default limit on a token's size (64 KiB).
const MaxScanTokenSize = 64 * 1024

const startBufSize = 4096

// The panics of misusing a Scanner.
const (
	bufferAfterScan = "Buffer called after Scan"
	splitAfterScan  = "Split called after Scan"
	tooManyEmpty    = "bufio.Scan: too many empty tokens without progressing"
)

// Scanner reads input token by token (lines by default).
type Scanner struct {
	src        io.Reader
	split      SplitFunc
	maxSize    int
	token      []byte
	window     []byte
	start, end int // unconsumed data is window[start:end]
	stopErr    error
	empties    int // empty tokens in a row at the end of input
	scanned    bool
	done       bool
}

// NewScanner returns a Scanner reading lines from r.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{src: r, split: ScanLines, maxSize: MaxScanTokenSize}
}

// Err returns the error that ended the scan (nil at a plain end of input).
func (s *Scanner) Err() error {
	if s.stopErr == io.EOF {
		return nil
	}
	return s.stopErr
}

// Bytes returns the current token (valid until the next Scan).
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the current token as a string.
func (s *Scanner) Text() string { return string(s.token) }

// Buffer sets the first buffer (its capacity counts) and the largest token
// size; it must come before the first Scan.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanned {
		panic(bufferAfterScan)
	}
	s.window = buf[0:cap(buf)]
	s.maxSize = max
}

// Split sets the split function; it must come before the first Scan.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanned {
		panic(splitAfterScan)
	}
	s.split = split
}

// fail records err unless an error other than io.EOF is recorded already.
func (s *Scanner) fail(err error) {
	if s.stopErr != nil && s.stopErr != io.EOF {
		return
	}
	s.stopErr = err
}

// Scan moves to the next token; false at the end of input or on an error.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanned = true
	for {
		// Ask for a token from what is buffered (at the end, even from nothing).
		atEnd := s.stopErr != nil
		if atEnd || s.end > s.start {
			advance, token, err := s.split(s.window[s.start:s.end], atEnd)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return token != nil
				}
				s.fail(err)
				return false
			}
			if advance < 0 {
				s.fail(ErrNegativeAdvance)
				return false
			}
			if advance > s.end-s.start {
				s.fail(ErrAdvanceTooFar)
				return false
			}
			s.start += advance
			s.token = token
			if token != nil {
				if advance > 0 || !atEnd {
					s.empties = 0
				} else {
					s.empties++
					if s.empties > maxEmptyReads {
						panic(tooManyEmpty)
					}
				}
				return true
			}
		}
		if s.stopErr != nil {
			s.start, s.end = 0, 0
			return false
		}
		// Make room: slide the data to the front, or grow a full buffer.
		full := s.end == len(s.window)
		if s.start > 0 && (full || 2*s.start > len(s.window)) {
			copy(s.window, s.window[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.window) {
			if len(s.window) >= s.maxSize || len(s.window) > (1<<62) {
				s.fail(ErrTooLong)
				return false
			}
			size := len(s.window) * 2
			if size == 0 {
				size = startBufSize
			}
			if size > s.maxSize {
				size = s.maxSize
			}
			grown := make([]byte, size)
			copy(grown, s.window[s.start:s.end])
			s.window = grown
			s.end -= s.start
			s.start = 0
		}
		// Read once (retrying reads that bring nothing, a bounded number of times).
		for tries := 0; ; {
			room := s.window[s.end:]
			n, err := s.src.Read(room)
			if n < 0 || n > len(room) {
				s.fail(ErrBadReadCount)
				break
			}
			s.end += n
			if err != nil {
				s.fail(err)
				break
			}
			if n > 0 {
				s.empties = 0
				break
			}
			tries++
			if tries > maxEmptyReads {
				s.fail(io.ErrNoProgress)
				break
			}
		}
	}
}

// ScanBytes is a SplitFunc returning each byte.
func ScanBytes(in []byte, final bool) (advance int, token []byte, err error) {
	if final && len(in) == 0 {
		return 0, nil, nil
	}
	return 1, in[0:1], nil
}

// ScanRunes is a SplitFunc returning each UTF-8 character; a bad byte is
// returned as the encoding of U+FFFD.
func ScanRunes(in []byte, final bool) (advance int, token []byte, err error) {
	if final && len(in) == 0 {
		return 0, nil, nil
	}
	if in[0] < utf8.RuneSelf {
		return 1, in[0:1], nil
	}
	if _, size := utf8.DecodeRune(in); size > 1 {
		return size, in[:size], nil
	}
	if complete := utf8.FullRune(in); !complete && !final {
		return 0, nil, nil
	}
	return 1, []byte(string(utf8.RuneError)), nil
}

// dropCR removes one final '\r'.
func dropCR(in []byte) []byte {
	if n := len(in); n > 0 && in[n-1] == '\r' {
		return in[:n-1]
	}
	return in
}

// ScanLines is a SplitFunc returning each line without its "\n" or
// "\r\n"; a last line without a newline is returned too.
func ScanLines(in []byte, final bool) (advance int, token []byte, err error) {
	if final && len(in) == 0 {
		return 0, nil, nil
	}
	if i := indexByte(in, '\n'); i >= 0 {
		return i + 1, dropCR(in[:i]), nil
	}
	if final {
		n := len(in)
		return n, dropCR(in[:n]), nil
	}
	return 0, nil, nil
}

// isSpace reports whether r is Unicode white space.
func isSpace(r rune) bool {
	if r <= '\u00FF' {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00A0':
			return true
		}
		return false
	}
	if r >= 0x2000 && r <= 0x200a {
		return true
	}
	switch r {
	case 0x3000, 0x205f, 0x202f, 0x2029, 0x2028, 0x1680:
		return true
	}
	return false
}

// ScanWords is a SplitFunc returning each run of non-space characters.
func ScanWords(in []byte, final bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(in) {
		r, size := utf8.DecodeRune(in[start:])
		if !isSpace(r) {
			break
		}
		start += size
	}
	for i := start; i < len(in); {
		r, size := utf8.DecodeRune(in[i:])
		if isSpace(r) {
			word := in[start:i]
			return i + size, word, nil
		}
		i += size
	}
	if rest := in[start:]; final && len(rest) > 0 {
		return len(in), rest, nil
	}
	return start, nil, nil
}
