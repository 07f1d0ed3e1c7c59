#pragma once
/// Errors as values: every stage returns a Result, and a located Error says what went wrong where.

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace mspdoc {

/// A problem with input, located where the user can find it.
struct Error {
  std::string file;     ///< empty when no file is involved
  int line = 0;         ///< 1-based; 0 when unknown
  std::string message;  ///< what is wrong, as one sentence without a final full stop
  int exit_code = 2;    ///< the command's exit code when this error stops it (3: an external tool failed)

  /// "file:line: message", leaving out the parts that are unknown.
  std::string str() const;
};

/// Every problem a stage found, in the order found; never empty inside a failed Result.
using Errors = std::vector<Error>;

/// A value, or the errors that kept a stage from producing it.
template <class T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}              // NOLINT: implicit on purpose
  Result(Error error) : state_(Errors{std::move(error)}) {}  // NOLINT
  Result(Errors errors) : state_(std::move(errors)) {}       // NOLINT

  /// True when the stage produced a value.
  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  /// The value; only when ok().
  T& value() { return std::get<T>(state_); }
  const T& value() const { return std::get<T>(state_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  /// All errors; only when !ok().
  const Errors& errors() const { return std::get<Errors>(state_); }
  /// The first error; only when !ok().
  const Error& error() const { return errors().front(); }

 private:
  std::variant<T, Errors> state_;
};

}  // namespace mspdoc
