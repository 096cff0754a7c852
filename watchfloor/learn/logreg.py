"""L2-regularised logistic regression in numpy, fitted by Newton's method.

A few hundred binary features and a few thousand examples: Newton converges in a handful of
exact steps, needs no learning rate, and gives the same weights on every run (no sampling),
so ``make train`` is reproducible without scikit-learn.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["LogReg", "fit_logreg", "sigmoid"]


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -35.0, 35.0)))


@dataclass
class LogReg:
    """Weights over named features; ``bias`` is the intercept (not regularised)."""

    weights: np.ndarray
    bias: float

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Probabilities for the rows of ``x``."""
        return sigmoid(x @ self.weights + self.bias)


def fit_logreg(x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, iterations: int = 50,
               tol: float = 1e-8) -> LogReg:
    """Fit on rows ``x`` (n × d) and 0/1 labels ``y`` (n), penalty ``l2``·|w|²/2."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[-1] = 1e-6  # the intercept is free (a tiny ridge keeps the Hessian invertible)
    for _ in range(iterations):
        p = sigmoid(xb @ w)
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < tol:
            break
    return LogReg(weights=w[:-1], bias=float(w[-1]))
