"""Evaluate a numeric item's ``computation`` safely: numbers, arithmetic and ``math``, nothing else.

The expression is parsed with ``ast`` and walked node by node; only these are allowed:

* int and float literals (not booleans, strings, bytes or complex numbers);
* ``+ - * / // % **`` and unary ``+ -``; list and tuple displays (as arguments, e.g. ``sum([1, 2])``);
* public names of ``math`` (``pi``, ``sqrt``...), bare or as ``math.NAME``;
* calls, with positional arguments only, to ``math`` functions and to ``abs min max round sum pow``.

Everything else (other names, attribute access outside ``math``, dunder names, keywords,
comprehensions, lambdas, subscripts, comparisons...) raises ``ExpressionError`` before
anything runs.  Integer sizes are capped so ``9**9**9`` or ``factorial(10**9)`` are refused
rather than hanging.
"""

import ast
import math
import numbers
import operator
import warnings

from .errors import ExpressionError

#: Longest expression accepted (a computation is one line of arithmetic).
MAX_EXPRESSION_CHARS = 2000
#: Largest integer result, in bits (about 3000 decimal digits): enough for any real computation.
MAX_INT_BITS = 10_000
#: Integer arguments of the combinatorial functions are capped: 1000! has 2568 digits and is instant.
MAX_COMBINATORIAL_ARGUMENT = 1000
#: math functions whose integer results grow with their arguments.
COMBINATORIAL_FUNCTIONS = frozenset({"factorial", "comb", "perm"})
#: The module whose names and functions expressions may use.
MATH_MODULE = "math"

BINARY_OPERATORS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow,
}
UNARY_OPERATORS = {ast.UAdd: operator.pos, ast.USub: operator.neg}
#: Builtins allowed as functions, besides math's.
BUILTIN_FUNCTIONS = {"abs": abs, "min": min, "max": max, "round": round, "sum": sum, "pow": pow}
#: Public names of math (constants and functions).
MATH_NAMES = {name: getattr(math, name) for name in dir(math) if not name.startswith("_")}


def _check_int(value):
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise ExpressionError(f"an intermediate integer has more than {MAX_INT_BITS} bits; simplify the computation")
    return value


def _power(base, exponent):
    if isinstance(base, int) and isinstance(exponent, int) and exponent > 0:
        if abs(base) > 1 and exponent * base.bit_length() > MAX_INT_BITS:
            raise ExpressionError(f"{base} ** {exponent} is too large an integer; use floats (e.g. {base}.0)")
    return base ** exponent


class _Evaluator:
    """Walks an expression tree, evaluating allowed nodes and refusing the rest."""

    def visit(self, node):
        """The value of ``node``; ``ExpressionError`` for any node type without a ``visit_`` method."""
        method = getattr(self, f"visit_{type(node).__name__}", None)
        if method is None:
            raise ExpressionError(f"{type(node).__name__} is not allowed; use numbers, arithmetic and math")
        return _check_int(method(node))

    def visit_Expression(self, node):
        return self.visit(node.body)

    def visit_Constant(self, node):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
            raise ExpressionError(f"the constant {node.value!r} is not allowed; only numbers are")
        return node.value

    def visit_BinOp(self, node):
        kind = type(node.op)
        if kind not in BINARY_OPERATORS:
            raise ExpressionError(f"the operator {kind.__name__} is not allowed; use + - * / // % **")
        left, right = self.visit(node.left), self.visit(node.right)
        return _power(left, right) if kind is ast.Pow else BINARY_OPERATORS[kind](left, right)

    def visit_UnaryOp(self, node):
        kind = type(node.op)
        if kind not in UNARY_OPERATORS:
            raise ExpressionError(f"the operator {kind.__name__} is not allowed; use unary + or -")
        return UNARY_OPERATORS[kind](self.visit(node.operand))

    def visit_List(self, node):
        return [self.visit(element) for element in node.elts]

    def visit_Tuple(self, node):
        return tuple(self.visit(element) for element in node.elts)

    def visit_Name(self, node):
        if node.id in BUILTIN_FUNCTIONS:  # before math's names: bare pow is the builtin, math.pow is math's
            return BUILTIN_FUNCTIONS[node.id]
        if node.id in MATH_NAMES:
            return MATH_NAMES[node.id]
        raise ExpressionError(f"the name {node.id!r} is not allowed; use numbers, math names and "
                              f"{', '.join(BUILTIN_FUNCTIONS)}")

    def visit_Attribute(self, node):
        if not (isinstance(node.value, ast.Name) and node.value.id == MATH_MODULE):
            raise ExpressionError("attribute access is only allowed on math, e.g. math.sqrt")
        if node.attr not in MATH_NAMES:
            raise ExpressionError(f"math.{node.attr} is not allowed; use a public name of the math module")
        return MATH_NAMES[node.attr]

    def visit_Call(self, node):
        if node.keywords:
            raise ExpressionError("keyword arguments are not allowed; pass arguments by position")
        function = self.visit(node.func)
        if not callable(function):
            raise ExpressionError("only functions can be called")
        arguments = [self.visit(argument) for argument in node.args]
        name = getattr(function, "__name__", "")
        if name in COMBINATORIAL_FUNCTIONS and any(isinstance(a, int) and abs(a) > MAX_COMBINATORIAL_ARGUMENT
                                                   for a in arguments):
            raise ExpressionError(f"{name} is limited to arguments up to {MAX_COMBINATORIAL_ARGUMENT}")
        if function is pow and len(arguments) == 2:
            return _power(*arguments)
        return function(*arguments)


def safe_eval(expression):
    """The value of ``expression`` as a finite int or float; ``ExpressionError`` says what was refused or failed."""
    if not isinstance(expression, str) or not expression.strip():
        raise ExpressionError("the computation is empty; write an arithmetic expression")
    if len(expression) > MAX_EXPRESSION_CHARS:
        raise ExpressionError(f"the computation is longer than {MAX_EXPRESSION_CHARS} characters; simplify it")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. SyntaxWarning for odd literals: we refuse them anyway
            tree = ast.parse(expression.strip(), mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise ExpressionError(f"the computation is not a valid expression ({exc.__class__.__name__}: "
                              f"{getattr(exc, 'msg', exc)})") from None
    try:
        value = _Evaluator().visit(tree)
    except ExpressionError:
        raise
    except (ArithmeticError, ValueError, TypeError, RecursionError) as exc:
        raise ExpressionError(f"the computation fails: {exc.__class__.__name__}: {exc}") from None
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ExpressionError(f"the computation gives {type(value).__name__}, not a number")
    if not math.isfinite(value):
        raise ExpressionError(f"the computation gives {value}, not a finite number")
    return value
