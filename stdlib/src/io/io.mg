// Package io names what can take and give bytes (Reader, Writer and their
// companions) and gives the helpers that move bytes between them, all
// minigo code over those interfaces.
package io

import (
	"errors"
	"sync"
)

// Whence values for Seek.
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

// EOF is what Read returns when no more input is available.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means EOF came in the middle of a fixed-size block.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite means a write took fewer bytes than asked, without an error.
var ErrShortWrite = errors.New("short write")

// ErrShortBuffer means a read needed a longer buffer than it was given.
var ErrShortBuffer = errors.New("short buffer")

// ErrNoProgress means a Reader keeps returning no data and no error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// ErrClosedPipe is the error of using a closed end of a Pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

var errInvalidWrite = errors.New("invalid write result")
var errWhence = errors.New("Seek: invalid whence")
var errOffset = errors.New("Seek: invalid offset")

// Reader is anything bytes can be read from: Read fills p with up to
// len(p) bytes and says how many, and whether something ended or failed.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer is anything bytes can be written to: Write takes p and reports how
// many bytes it used and whether something failed.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer is anything that can be closed; closing twice is up to the implementation.
type Closer interface {
	Close() error
}

// Seeker moves the offset of the next Read or Write (whence: SeekStart, SeekCurrent, SeekEnd).
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

// ReadWriter groups Read and Write.
type ReadWriter interface {
	Reader
	Writer
}

// ReadCloser groups Read and Close.
type ReadCloser interface {
	Reader
	Closer
}

// WriteCloser groups Write and Close.
type WriteCloser interface {
	Writer
	Closer
}

// ReadWriteCloser groups Read, Write and Close.
type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// ReadSeeker groups Read and Seek.
type ReadSeeker interface {
	Reader
	Seeker
}

// ReadSeekCloser groups Read, Seek and Close.
type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// WriteSeeker groups Write and Seek.
type WriteSeeker interface {
	Writer
	Seeker
}

// ReadWriteSeeker groups Read, Write and Seek.
type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReaderFrom reads r to its end itself (io.Copy uses it).
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo writes all it holds to w itself (io.Copy uses it).
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ReaderAt reads at an offset, independently of any other read.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// WriterAt writes at an offset, independently of any other write.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

// ByteReader reads one byte.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner can also put back the last byte read.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// ByteWriter writes one byte.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader reads one UTF-8 character and says its size.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// RuneScanner can also put back the last rune read.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// StringWriter writes the bytes of a string.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through its WriteString method when it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if direct, ok := w.(StringWriter); ok {
		return direct.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until it holds at least min bytes. It returns
// ErrShortBuffer when buf is shorter than min, and ErrUnexpectedEOF when
// the input ends after some but fewer than min bytes.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var got int
		got, err = r.Read(buf[n:])
		n += got
	}
	switch {
	case n >= min:
		err = nil
	case n > 0 && err == EOF:
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull reads exactly len(buf) bytes (see ReadAtLeast for the errors).
func ReadFull(r Reader, buf []byte) (n int, err error) {
	want := len(buf)
	return ReadAtLeast(r, buf, want)
}

// ReadAll reads r to its end; reaching EOF is not an error.
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		got, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+got]
		if err == EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
		if len(data) == cap(data) {
			// Room for more: let append pick the new capacity.
			data = append(data, 0)[:len(data)]
		}
	}
}

// CopyN copies n bytes (or until an error) from src to dst; fewer than n
// bytes copied without another error is EOF.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	limited := &LimitedReader{src, n}
	written, err = Copy(dst, limited)
	switch {
	case written == n:
		return n, nil
	case written < n && err == nil:
		err = EOF
	}
	return
}

// Copy copies src to dst until EOF or an error; it returns the number of
// bytes copied and the first error other than EOF.
func Copy(dst Writer, src Reader) (written int64, err error) {
	var noBuffer []byte
	return copyBuffer(dst, src, noBuffer)
}

// CopyBuffer is Copy through the given buffer (a fresh one when buf is nil).
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if len(buf) == 0 && buf != nil {
		panic(emptyCopyBuffer)
	}
	given := buf
	return copyBuffer(dst, src, given)
}

const emptyCopyBuffer = "empty buffer in CopyBuffer"

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if self, ok := src.(WriterTo); ok {
		return self.WriteTo(dst)
	}
	if self, ok := dst.(ReaderFrom); ok {
		return self.ReadFrom(src)
	}
	if buf == nil {
		size := int64(32 * 1024)
		if lim, ok := src.(*LimitedReader); ok && lim.N < size {
			size = lim.N
			if size < 1 {
				size = 1
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, er := src.Read(buf)
		if nr > 0 {
			chunk := buf[:nr]
			nw, ew := dst.Write(chunk)
			if nw < 0 || nr < nw {
				nw = 0
				if ew == nil {
					ew = errInvalidWrite
				}
			}
			written += int64(nw)
			if ew != nil {
				err = ew
				break
			}
			if nr != nw {
				err = ErrShortWrite
				break
			}
		}
		if er != nil {
			if er != EOF {
				err = er
			}
			break
		}
	}
	return written, err
}

// LimitReader reads from r but stops with EOF after n bytes.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// LimitedReader reads from R; N is how many bytes are left before EOF.
type LimitedReader struct {
	R Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[0:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return
}

// NewSectionReader reads the n bytes of r starting at off.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	var remaining int64
	const maxint64 = 1<<63 - 1
	if off <= maxint64-n {
		remaining = n + off
	} else {
		remaining = maxint64
	}
	return &SectionReader{r: r, base: off, off: off, limit: remaining, n: n}
}

// SectionReader reads, seeks in and reads at offsets of one section of a ReaderAt.
type SectionReader struct {
	r     ReaderAt
	base  int64
	off   int64
	limit int64
	n     int64
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	if left := s.limit - s.off; int64(len(p)) > left {
		p = p[:left]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return
}

func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	default:
		return 0, errWhence
	case SeekStart:
		offset += s.base
	case SeekCurrent:
		offset += s.off
	case SeekEnd:
		offset += s.limit
	}
	if offset < s.base {
		return 0, errOffset
	}
	s.off = offset
	return offset - s.base, nil
}

func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off >= s.Size() || off < 0 {
		return 0, EOF
	}
	off += s.base
	if left := s.limit - off; int64(len(p)) > left {
		p = p[:left]
		n, err = s.r.ReadAt(p, off)
		if err == nil {
			err = EOF
		}
		return n, err
	}
	return s.r.ReadAt(p, off)
}

// Size returns the section's length in bytes.
func (s *SectionReader) Size() int64 { return s.limit - s.base }

// Outer returns the ReaderAt, offset and length the section was made with.
func (s *SectionReader) Outer() (r ReaderAt, off int64, n int64) {
	return s.r, s.base, s.n
}

// NewOffsetWriter writes to w at offsets counted from off.
func NewOffsetWriter(w WriterAt, off int64) *OffsetWriter {
	return &OffsetWriter{w: w, base: off, off: off}
}

// OffsetWriter writes to a WriterAt from a base offset on.
type OffsetWriter struct {
	w    WriterAt
	base int64
	off  int64
}

func (o *OffsetWriter) Write(p []byte) (n int, err error) {
	at := o.off
	n, err = o.w.WriteAt(p, at)
	o.off += int64(n)
	return
}

func (o *OffsetWriter) WriteAt(p []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errOffset
	}
	return o.w.WriteAt(p, off+o.base)
}

func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	default:
		return 0, errWhence
	case SeekStart:
		offset += o.base
	case SeekCurrent:
		offset += o.off
	}
	if offset < o.base {
		return 0, errOffset
	}
	o.off = offset
	return offset - o.base, nil
}

// TeeReader returns a Reader that writes to w everything it reads from r.
func TeeReader(r Reader, w Writer) Reader {
	return &teeReader{r, w}
}

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n <= 0 {
		return
	}
	if copied, werr := t.w.Write(p[:n]); werr != nil {
		return copied, werr
	}
	return
}

// Discard is a Writer that accepts everything and keeps nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

func (discard) ReadFrom(r Reader) (n int64, err error) {
	buf := make([]byte, 8192)
	for {
		got, rerr := r.Read(buf)
		n += int64(got)
		if rerr != nil {
			if rerr == EOF {
				return n, nil
			}
			return n, rerr
		}
	}
}

// NopCloser wraps r with a Close method that does nothing.
func NopCloser(r Reader) ReadCloser {
	if _, canWriteTo := r.(WriterTo); canWriteTo {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	inner := c.Reader.(WriterTo)
	return inner.WriteTo(w)
}

// MultiReader reads its readers one after another, to the last one's EOF.
func MultiReader(readers ...Reader) Reader {
	own := append([]Reader(nil), readers...)
	if own == nil {
		own = []Reader{}
	}
	return &multiReader{own}
}

type multiReader struct {
	readers []Reader
}

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		// A MultiReader among the readers is read through directly.
		if len(mr.readers) == 1 {
			if inner, ok := mr.readers[0].(*multiReader); ok {
				mr.readers = inner.readers
				continue
			}
		}
		first := mr.readers[0]
		n, err = first.Read(p)
		if err == EOF {
			mr.readers[0] = eofReader{}
			mr.readers = mr.readers[1:]
			if n > 0 && len(mr.readers) > 0 {
				return n, nil
			}
			if n > 0 {
				return n, EOF
			}
			continue
		}
		return
	}
	return 0, EOF
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, EOF }

// MultiWriter writes everything to each of its writers in turn, stopping
// at the first error (or short write).
func MultiWriter(writers ...Writer) Writer {
	all := make([]Writer, 0, len(writers))
	for _, w := range writers {
		if inner, flat := w.(*multiWriter); flat {
			all = append(all, inner.writers...)
		} else {
			all = append(all, w)
		}
	}
	return &multiWriter{all}
}

type multiWriter struct {
	writers []Writer
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err != nil {
			return
		}
		if n != len(p) {
			err = ErrShortWrite
			return
		}
	}
	return len(p), nil
}

func (t *multiWriter) WriteString(s string) (n int, err error) {
	return t.Write([]byte(s))
}

// Pipe connects a reader and a writer in memory: each Write blocks until
// readers have taken all of its bytes; there is no buffering.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{chunks: make(chan []byte), taken: make(chan int), closed: make(chan struct{})}
	return &PipeReader{p}, &PipeWriter{p}
}

// pipe is what both ends share: a writer offers its bytes on chunks and
// learns from taken how many a reader copied; closing either end closes
// closed once, and the first error given for each end is kept.
type pipe struct {
	writing sync.Mutex // one Write at a time hands over its bytes
	chunks  chan []byte
	taken   chan int

	closeOnce sync.Once
	closed    chan struct{}

	readerGone, writerGone bool
	readerErr, writerErr   error
}

// endError is what an operation on one end meets once the pipe is closed:
// the other end's error when only the other end was closed, else ErrClosedPipe.
func endError(selfGone, otherGone bool, otherErr error) error {
	if !selfGone && otherGone && otherErr != nil {
		return otherErr
	}
	return ErrClosedPipe
}

func (p *pipe) isClosed() bool {
	select {
	case <-p.closed:
		return true
	default:
		return false
	}
}

func (p *pipe) read(b []byte) (int, error) {
	if p.isClosed() {
		return 0, endError(p.readerGone, p.writerGone, p.writerErr)
	}
	select {
	case chunk := <-p.chunks:
		n := copy(b, chunk)
		p.taken <- n
		return n, nil
	case <-p.closed:
		return 0, endError(p.readerGone, p.writerGone, p.writerErr)
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	if p.isClosed() {
		return 0, endError(p.writerGone, p.readerGone, p.readerErr)
	}
	p.writing.Lock()
	defer p.writing.Unlock()
	// An empty Write still waits for a Read to take it.
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.chunks <- b:
			got := <-p.taken
			b = b[got:]
			n += got
		case <-p.closed:
			return n, endError(p.writerGone, p.readerGone, p.readerErr)
		}
	}
	return n, nil
}

func (p *pipe) closeEnd(reader bool, err error) error {
	if reader && !p.readerGone {
		if err == nil {
			err = ErrClosedPipe
		}
		p.readerGone, p.readerErr = true, err
	}
	if !reader && !p.writerGone {
		if err == nil {
			err = EOF
		}
		p.writerGone, p.writerErr = true, err
	}
	p.closeOnce.Do(func() { close(p.closed) })
	return nil
}

// PipeReader is the reading end of a Pipe.
type PipeReader struct {
	p *pipe
}

// Read takes bytes one Write of the other end gave; after the writer
// closed, it returns EOF (or the error the writer closed with).
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

// Close closes the reading end: writes then fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.p.closeEnd(true, nil) }

// CloseWithError closes the reading end: writes then fail with err.
func (r *PipeReader) CloseWithError(err error) error { return r.p.closeEnd(true, err) }

// PipeWriter is the writing end of a Pipe.
type PipeWriter struct {
	p *pipe
}

// Write blocks until readers have taken all of data, or an end is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }

// Close closes the writing end: reads then return EOF.
func (w *PipeWriter) Close() error { return w.p.closeEnd(false, nil) }

// CloseWithError closes the writing end: reads then return err (EOF for nil).
func (w *PipeWriter) CloseWithError(err error) error { return w.p.closeEnd(false, err) }
