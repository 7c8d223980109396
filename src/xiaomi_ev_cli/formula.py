"""Arithmetic formulas of derived figures: + - * / over named inputs, parsed, never eval'd."""

from __future__ import annotations

import ast
from collections.abc import Mapping

_OPERATORS = {ast.Add: float.__add__, ast.Sub: float.__sub__, ast.Mult: float.__mul__,
              ast.Div: float.__truediv__}


class FormulaError(ValueError):
    """A formula that is not plain arithmetic over its inputs, or cannot be computed."""


def names(formula: str) -> set[str]:
    """The input names a formula uses; raises FormulaError if it is not plain arithmetic."""
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError:
        raise FormulaError(f"not a formula: {formula!r}") from None
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Constant):
            if not isinstance(node.value, int | float) or isinstance(node.value, bool):
                raise FormulaError(f"only numbers may be constants: {node.value!r}")
        elif isinstance(node, ast.BinOp):
            if type(node.op) not in _OPERATORS:
                raise FormulaError("only + - * / are allowed")
        elif isinstance(node, ast.UnaryOp):
            if not isinstance(node.op, ast.USub | ast.UAdd):
                raise FormulaError("only + - * / are allowed")
        elif not isinstance(node, ast.Expression | ast.Load | ast.operator | ast.unaryop):
            raise FormulaError(f"not allowed in a formula: {type(node).__name__}")
    return found


def evaluate(formula: str, values: Mapping[str, float]) -> float:
    """The formula's value with these inputs."""
    names(formula)
    return _eval(ast.parse(formula, mode="eval").body, values)


def _eval(node: ast.expr, values: Mapping[str, float]) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        return float(node.value)
    if isinstance(node, ast.Name):
        return float(values[node.id])
    if isinstance(node, ast.UnaryOp):
        operand = _eval(node.operand, values)
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, values), _eval(node.right, values)
        try:
            return _OPERATORS[type(node.op)](left, right)
        except ZeroDivisionError:
            raise FormulaError("division by zero") from None
    raise FormulaError(f"not allowed in a formula: {type(node).__name__}")
