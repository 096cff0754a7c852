"""L2-regularised multinomial logistic regression in numpy, fitted by accelerated gradient (FISTA).

The binary ``logreg`` uses Newton's method; with k classes its Hessian has (d·k)² entries, too
many for a bag of words. The softmax loss has a known curvature bound (½·λmax(XᵀX)), so a fixed
step with Nesterov momentum converges without a learning-rate search or any sampling: the same
data gives the same weights on every run, as ``logreg`` does.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Softmax", "fit_softmax", "softmax"]


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax of ``z`` (n × k)."""
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@dataclass
class Softmax:
    """Weights ``weights`` (d × k) and intercepts ``bias`` (k, not regularised)."""

    weights: np.ndarray
    bias: np.ndarray

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities for the rows of ``x`` (n × k)."""
        return softmax(x @ self.weights + self.bias)


def _lambda_max(x: np.ndarray, iterations: int = 60) -> float:
    """Largest eigenvalue of xᵀx by power iteration from a fixed start (deterministic)."""
    v = np.ones(x.shape[1]) / np.sqrt(x.shape[1])
    lam = 0.0
    for _ in range(iterations):
        w = x.T @ (x @ v)
        lam = float(np.linalg.norm(w))
        if lam == 0.0:
            return 0.0
        v = w / lam
    return lam


def fit_softmax(x: np.ndarray, y: np.ndarray, k: int, *, l2: float = 1.0, iterations: int = 400,
                tol: float = 1e-6) -> Softmax:
    """Fit on rows ``x`` (n × d) and class indices ``y`` (n, in 0..k-1); penalty ``l2``·|W|²/2."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    target = np.zeros((n, k))
    target[np.arange(n), y] = 1.0
    reg = np.full((d + 1, 1), l2)
    reg[-1] = 0.0
    step = 1.0 / (0.5 * _lambda_max(xb) * 1.05 + l2)  # 5% margin over the power-iteration estimate
    w = np.zeros((d + 1, k))
    v = w.copy()
    t = 1.0
    for _ in range(iterations):
        grad = xb.T @ (softmax(xb @ v) - target) + reg * v
        w_new = v - step * grad
        t_new = (1.0 + np.sqrt(1.0 + 4.0 * t * t)) / 2.0
        v = w_new + ((t - 1.0) / t_new) * (w_new - w)
        change = float(np.max(np.abs(w_new - w)))
        w, t = w_new, t_new
        if change < tol:
            break
    return Softmax(weights=w[:-1], bias=w[-1].copy())
