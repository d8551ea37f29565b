// Package syscall names the operating system's error numbers (minigo: only
// Errno and its constants; the calls themselves go through the VM's host).
package syscall

import (
	"errors"
	"internal/oserror"
)

// Errno is an error number of the operating system (Linux's numbering).
type Errno uintptr

// Error returns the system's message for e, or "errno N" when it has none.
func (e Errno) Error() string

// Is reports whether e is one of the errors target stands for
// (fs.ErrNotExist matches ENOENT, and so on).
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EPERM || e == EACCES
	case oserror.ErrExist:
		return e == ENOTEMPTY || e == EEXIST
	case oserror.ErrNotExist:
		return e == ENOENT
	case errors.ErrUnsupported:
		return e == ENOSYS || e == EOPNOTSUPP
	}
	return false
}

// Temporary reports whether retrying might succeed.
func (e Errno) Temporary() bool {
	switch e {
	case EINTR, EMFILE, ENFILE:
		return true
	}
	return e.Timeout()
}

// Timeout reports whether e means a time limit passed.
func (e Errno) Timeout() bool {
	return e == ETIMEDOUT || e == EAGAIN
}

// The error numbers programs meet most.
const (
	EPERM      Errno = 0x1
	ENOENT     Errno = 0x2
	ESRCH      Errno = 0x3
	EINTR      Errno = 0x4
	EIO        Errno = 0x5
	ENXIO      Errno = 0x6
	E2BIG      Errno = 0x7
	ENOEXEC    Errno = 0x8
	EBADF      Errno = 0x9
	ECHILD     Errno = 0xa
	EAGAIN     Errno = 0xb
	ENOMEM     Errno = 0xc
	EACCES     Errno = 0xd
	EFAULT     Errno = 0xe
	EBUSY      Errno = 0x10
	EEXIST     Errno = 0x11
	EXDEV      Errno = 0x12
	ENODEV     Errno = 0x13
	ENOTDIR    Errno = 0x14
	EISDIR     Errno = 0x15
	EINVAL     Errno = 0x16
	ENFILE     Errno = 0x17
	EMFILE     Errno = 0x18
	ENOTTY     Errno = 0x19
	ETXTBSY    Errno = 0x1a
	EFBIG      Errno = 0x1b
	ENOSPC     Errno = 0x1c
	ESPIPE     Errno = 0x1d
	EROFS      Errno = 0x1e
	EMLINK     Errno = 0x1f
	EPIPE      Errno = 0x20
	EDOM       Errno = 0x21
	ERANGE     Errno = 0x22
	EDEADLK    Errno = 0x23
	ENAMETOOLONG Errno = 0x24
	ENOSYS     Errno = 0x26
	ENOTEMPTY  Errno = 0x27
	ELOOP      Errno = 0x28
	EWOULDBLOCK Errno = 0xb
	ENOTSUP    Errno = 0x5f
	EOPNOTSUPP Errno = 0x5f
	ETIMEDOUT  Errno = 0x6e
)
