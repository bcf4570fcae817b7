package org.feedbackstudio.runtime.nn;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.IValue;

/**
 * Matrix factorisation's arithmetic as one {@link TorchScriptProgram}: a whole training step — scores,
 * loss, gradients and the fused Adam update — in one call, for the pointwise (binary cross-entropy) and
 * the pairwise (BPR) objective.
 *
 * <p>The model: score(u, i) = p_u · (Σ_t E_t[x_t(i)]) + Σ_t b_t[x_t(i)] + β, where each item is described
 * by one row in each of the tables E_t (its own id, then side features such as its genre and creator),
 * b_t are the tables' biases and β a global bias. The backward pass is written out (autograd is off):
 * with ∂L/∂s = δ, ∂L/∂p_u = δ·v, ∂L/∂E_t[x] = δ·p_u, ∂L/∂b_t[x] = δ, gathered with {@code index_add_}.
 *
 * <p>Parameter lists are ordered [P, E_0 … E_{T−1}, b_0 … b_{T−1}, β]; gradients, Adam's means and
 * variances likewise. Index tensors have room for a whole batch; the first {@code n} rows are used.
 */
final class FactorProgram implements AutoCloseable {
    static final String CLASS_NAME = "FactorProgram";

    static final String SOURCE = """
            class FactorProgram(Module):
              __parameters__ = []
              __buffers__ = []
              training : bool
              def item_vectors(self: __torch__.FactorProgram, items: List[Tensor], n: int, params: List[Tensor],
                  tables: int) -> Tuple[Tensor, Tensor]:
                ix = torch.narrow(items[0], 0, 0, n)
                v = torch.index_select(params[1], 0, ix)
                b = torch.index_select(params[1 + tables], 0, ix)
                for t in range(1, tables):
                  ix = torch.narrow(items[t], 0, 0, n)
                  v = torch.add(v, torch.index_select(params[1 + t], 0, ix))
                  b = torch.add(b, torch.index_select(params[1 + tables + t], 0, ix))
                return (v, b)
              def scatter_item(self: __torch__.FactorProgram, items: List[Tensor], n: int, grads: List[Tensor],
                  tables: int, dv: Tensor, db: Tensor) -> NoneType:
                for t in range(tables):
                  ix = torch.narrow(items[t], 0, 0, n)
                  _0 = torch.index_add_(grads[1 + t], 0, ix, dv)
                  _1 = torch.index_add_(grads[1 + tables + t], 0, ix, db)
                return None
              def adam(self: __torch__.FactorProgram, params: List[Tensor], grads: List[Tensor],
                  means: List[Tensor], variances: List[Tensor], step: Tensor, lr: float) -> NoneType:
                _0 = torch.add_(step, 1.)
                steps = annotate(List[Tensor], [])
                for i in range(torch.len(params)):
                  _1 = torch.append(steps, step)
                torch._fused_adam_(params, grads, means, variances, annotate(List[Tensor], []), steps, lr=lr,
                    beta1=0.9, beta2=0.999, weight_decay=0., eps=1e-8, amsgrad=False, maximize=False)
                return None
              def zero(self: __torch__.FactorProgram, grads: List[Tensor]) -> NoneType:
                for i in range(torch.len(grads)):
                  _0 = torch.zero_(grads[i])
                return None
              def pointwise_step(self: __torch__.FactorProgram, users: Tensor, items: List[Tensor], labels: Tensor,
                  n: int, params: List[Tensor], grads: List[Tensor], means: List[Tensor], variances: List[Tensor],
                  step: Tensor, lr: float) -> float:
                tables = torch.len(items)
                u = torch.narrow(users, 0, 0, n)
                y = torch.narrow(labels, 0, 0, n)
                pu = torch.index_select(params[0], 0, u)
                vb = self.item_vectors(items, n, params, tables)
                v = vb[0]
                s = torch.add(torch.add(torch.sum(torch.mul(pu, v), [1], False, dtype=None), vb[1]), params[2 * tables + 1])
                loss = torch.mean(torch.sub(torch.softplus(s, 1, 20), torch.mul(y, s)), dtype=None)
                ds = torch.div(torch.sub(torch.sigmoid(s), y), n)
                self.zero(grads)
                d = torch.unsqueeze(ds, 1)
                _0 = torch.index_add_(grads[0], 0, u, torch.mul(d, v))
                self.scatter_item(items, n, grads, tables, torch.mul(d, pu), ds)
                _1 = torch.add_(grads[2 * tables + 1], torch.sum(ds, dtype=None))
                self.adam(params, grads, means, variances, step, lr)
                return torch.item(loss)
              def pairwise_step(self: __torch__.FactorProgram, users: Tensor, positives: List[Tensor],
                  negatives: List[Tensor], n: int, params: List[Tensor], grads: List[Tensor], means: List[Tensor],
                  variances: List[Tensor], step: Tensor, lr: float) -> float:
                tables = torch.len(positives)
                u = torch.narrow(users, 0, 0, n)
                pu = torch.index_select(params[0], 0, u)
                good = self.item_vectors(positives, n, params, tables)
                bad = self.item_vectors(negatives, n, params, tables)
                diff = torch.sub(good[0], bad[0])
                x = torch.add(torch.sum(torch.mul(pu, diff), [1], False, dtype=None), torch.sub(good[1], bad[1]))
                loss = torch.mean(torch.softplus(torch.neg(x), 1, 20), dtype=None)
                dx = torch.div(torch.neg(torch.sigmoid(torch.neg(x))), n)
                self.zero(grads)
                d = torch.unsqueeze(dx, 1)
                _0 = torch.index_add_(grads[0], 0, u, torch.mul(d, diff))
                dv = torch.mul(d, pu)
                self.scatter_item(positives, n, grads, tables, dv, dx)
                self.scatter_item(negatives, n, grads, tables, torch.neg(dv), torch.neg(dx))
                self.adam(params, grads, means, variances, step, lr)
                return torch.item(loss)
              def grow(self: __torch__.FactorProgram, old: Tensor, new: Tensor) -> NoneType:
                _0 = torch.copy_(torch.narrow(new, 0, 0, torch.size(old, 0)), old)
                return None
            """;

    private final TorchScriptProgram program;

    FactorProgram(NDManager manager) {
        this.program = TorchScriptProgram.compile(manager, CLASS_NAME, SOURCE);
    }

    void run(String method, IValue... arguments) {
        program.call(method, arguments).close();
    }

    IValue call(String method, IValue... arguments) {
        return program.call(method, arguments);
    }

    @Override
    public void close() {
        program.close();
    }
}
